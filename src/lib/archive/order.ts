import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { Topic } from "../schemas/topic.ts";

type Sortable = Pick<Article, "sortKey" | "id">;

/** Orders articles newest first; ties (and undated articles of one year) by id, so order never depends on the file system. */
export function compareArticles(a: Sortable, b: Sortable): number {
  return b.sortKey - a.sortKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const korean = new Intl.Collator("ko", { numeric: true });

/** The collections in their one fixed order. */
export interface OrderedCollections<A extends Sortable & Pick<Article, "policies">> {
  articles: A[];
  quotes: Quote[];
  policies: Policy[];
  speakers: Speaker[];
  topics: Topic[];
}

/**
 * Puts every collection in the archive's one order, whatever order it came in: articles newest
 * first; quotes and policy items by article, then by place (headline quote first, policy items in
 * front-matter order); speakers and topics in Korean dictionary order of name and label.
 */
export function orderCollections<A extends Sortable & Pick<Article, "policies">>(
  input: OrderedCollections<A>,
): OrderedCollections<A> {
  const articles = [...input.articles].sort(compareArticles);
  const rank = new Map(articles.map((article, index) => [article.id, index]));
  const policyRank = new Map(
    articles.flatMap((article) => article.policies.map((policy, index) => [policy.id, index] as const)),
  );
  const byArticle = (a: { article: string }, b: { article: string }): number =>
    (rank.get(a.article) ?? 0) - (rank.get(b.article) ?? 0);
  return {
    articles,
    quotes: [...input.quotes].sort(
      (a, b) => byArticle(a, b) || (a.position?.offset ?? -1) - (b.position?.offset ?? -1) || (a.id < b.id ? -1 : 1),
    ),
    policies: [...input.policies].sort(
      (a, b) => byArticle(a, b) || (policyRank.get(a.id) ?? 0) - (policyRank.get(b.id) ?? 0),
    ),
    speakers: [...input.speakers].sort((a, b) => korean.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    topics: [...input.topics].sort((a, b) => korean.compare(a.label, b.label) || (a.id < b.id ? -1 : 1)),
  };
}
