import type { Article } from "../schemas/article.ts";
import type { Quote } from "../schemas/quote.ts";
import { clusterQuotes } from "./clusters.ts";

/**
 * The archive's quotes, each body quote that another article reports too given its statement
 * cluster's id (see clusterQuotes); the others keep `cluster: null`. Order is kept.
 */
export function withClusters(
  quotes: readonly Quote[],
  articles: ReadonlyMap<string, Pick<Article, "published" | "outlet">>,
): Quote[] {
  const clusterOf = new Map<string, string>();
  for (const cluster of clusterQuotes(quotes, (id) => articles.get(id))) {
    for (const member of cluster.members) clusterOf.set(member.quote, cluster.id);
  }
  return quotes.map((quote) => {
    const cluster = clusterOf.get(quote.id) ?? null;
    return cluster === quote.cluster ? quote : { ...quote, cluster };
  });
}
