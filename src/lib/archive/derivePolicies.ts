import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import { foldForMatching } from "../text/normalize.ts";

/**
 * Resolves the policy items written in articles' front matter: each gets its article, date, and
 * the ids of the same article's quotes whose text contains one of its keywords.
 */
export function derivePolicies(articles: readonly Article[], quotes: readonly Quote[]): Policy[] {
  return articles.flatMap((article) =>
    article.policies.map((policy): Policy => {
      const keywords = policy.keywords.map(foldForMatching);
      const linked = quotes.filter(
        (quote) =>
          quote.article === article.id && keywords.some((keyword) => foldForMatching(quote.text).includes(keyword)),
      );
      return { ...policy, article: article.id, published: article.published, quotes: linked.map((q) => q.id) };
    }),
  );
}
