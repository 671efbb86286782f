import { parseArchiveDate } from "../../dates/kst.ts";
import type { Quote, WordDiffPart } from "../../schemas/quote.ts";
import { quoteWords } from "../../trace/quoteWords.ts";
import { wordDiff } from "../../trace/wordDiff.ts";
import type { SiteIndex } from "../siteIndex.ts";

/** One article's report of a statement, as a quote page lists it. */
export interface ClusterReport {
  quoteId: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  published: string | null;
  /** The first report by published time. */
  first: boolean;
  /** The quote whose page this is. */
  current: boolean;
  /** This report's words against the first report's (`this` here, `other` the first's); empty for the first. */
  diff: WordDiffPart[];
}

// By published time, undated last, then by article and quote id: the order clusterQuotes uses.
const timeOf = (q: Quote): number => {
  const parsed = q.published === null ? null : parseArchiveDate(q.published);
  return parsed === null || typeof parsed === "string" ? Number.POSITIVE_INFINITY : parsed.epochMs;
};

/**
 * The reports of a quote's statement cluster, first report first, each with its words compared to
 * the first's; empty when no other article reports the words. Linear in the cluster's size.
 */
export function clusterReports(site: SiteIndex, quote: Quote): ClusterReport[] {
  if (quote.cluster === null) return [];
  // Each date is read once, not at every comparison.
  const members = (site.quotesByCluster.get(quote.cluster) ?? [])
    .map((q) => ({ q, time: timeOf(q) }))
    .sort(
      (a, b) =>
        (a.time === b.time ? 0 : a.time < b.time ? -1 : 1) ||
        a.q.article.localeCompare(b.q.article) ||
        a.q.id.localeCompare(b.q.id),
    )
    .map(({ q }) => q);
  const [first] = members;
  if (first === undefined || members.length < 2) return [];
  const firstWords = quoteWords(first.text);
  return members.map((member) => {
    const article = site.article.get(member.article);
    return {
      quoteId: member.id,
      articleId: member.article,
      articleTitle: article?.title ?? member.article,
      outlet: article?.outlet ?? null,
      published: member.published,
      first: member === first,
      current: member.id === quote.id,
      diff:
        member === first ? [] : wordDiff(quoteWords(member.text), firstWords, { this: member.text, other: first.text }),
    };
  });
}
