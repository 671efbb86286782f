import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import { foldForMatching } from "../text/normalize.ts";

/**
 * Resolves the policy items written in articles' front matter and links them to quotes both ways:
 * a quote speaks of a policy item of its own article when its text contains one of the item's
 * keywords (compared folded: NFC, one middle dot, one quote mark). Linear in the archive's size:
 * each policy item only looks at its own article's quotes.
 */
export function linkPolicies(
  articles: readonly Article[],
  quotes: readonly Quote[],
): { policies: Policy[]; quotes: Quote[] } {
  const quotesByArticle = new Map<string, { id: string; folded: string }[]>();
  // Only quotes of articles with policy items are ever compared: the others are not folded.
  const withPolicies = new Set(articles.flatMap((article) => (article.policies.length > 0 ? [article.id] : [])));
  for (const quote of quotes) {
    if (!withPolicies.has(quote.article)) continue;
    const list = quotesByArticle.get(quote.article);
    const entry = { id: quote.id, folded: foldForMatching(quote.text) };
    if (list) list.push(entry);
    else quotesByArticle.set(quote.article, [entry]);
  }
  const links = new Map<string, string[]>();
  const policies = articles.flatMap((article) =>
    article.policies.map((policy): Policy => {
      const keywords = policy.keywords.map(foldForMatching);
      const linked = (quotesByArticle.get(article.id) ?? [])
        .filter((quote) => keywords.some((keyword) => quote.folded.includes(keyword)))
        .map((quote) => quote.id);
      for (const id of linked) links.set(id, [...(links.get(id) ?? []), policy.id]);
      return { ...policy, article: article.id, published: article.published, quotes: linked };
    }),
  );
  return { policies, quotes: quotes.map((quote) => ({ ...quote, policies: links.get(quote.id) ?? [] })) };
}
