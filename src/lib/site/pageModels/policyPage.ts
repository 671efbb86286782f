import type { Policy } from "../../schemas/policy.ts";
import type { Topic } from "../../schemas/topic.ts";
import type { SiteIndex } from "../siteIndex.ts";
import { articleRef, type ArticleRef } from "./articleRef.ts";
import { quoteCard, type QuoteCard } from "./quoteCard.ts";

/** Everything a policy item's page shows: the page renders from this alone. */
export interface PolicyPageModel {
  policy: Policy;
  article: ArticleRef | null;
  quotes: QuoteCard[];
  topics: Topic[];
}

/** The model of a policy item's page. */
export function policyPageModel(site: SiteIndex, policy: Policy): PolicyPageModel {
  const article = site.article.get(policy.article);
  return {
    policy,
    article: article ? articleRef(article) : null,
    quotes: policy.quotes.flatMap((id) => {
      const quote = site.quote.get(id);
      return quote ? [quoteCard(quote)] : [];
    }),
    topics: policy.topics.flatMap((id) => site.topic.get(id) ?? []),
  };
}
