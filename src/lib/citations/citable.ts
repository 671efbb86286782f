import { parseArchiveDate } from "../dates/kst.ts";
import type { Quote } from "../schemas/quote.ts";
import type { ArticleData } from "../site/siteIndex.ts";

/** What every citation format needs to know about a source: the article, and the quote if one is cited. */
export interface Citable {
  /** Stable id, used as the citation key. */
  id: string;
  article: Pick<ArticleData, "title" | "outlet" | "reporter" | "published" | "url"> &
    Partial<Pick<ArticleData, "year" | "dateNote" | "retrieved">>;
  /** The cited quote, when the citation is for a quote. */
  quote?: Pick<Quote, "text" | "speakerName"> | undefined;
  /** The page on this site (absolute URL). */
  archiveUrl: string;
}

// Each page cites in three formats and an archive has far fewer dates than pages: parse each once.
const datePartsOf = new Map<string, readonly [number, number, number] | null>();

/** The KST calendar date of an article as [year, month, day], or null when undated. */
export function dateParts(published: string | null): readonly [number, number, number] | null {
  if (published === null) return null;
  let parts = datePartsOf.get(published);
  if (parts === undefined) {
    const date = parseArchiveDate(published);
    const [y, m, d] = typeof date === "string" ? [] : date.kstDate.split("-").map(Number);
    parts = y && m && d ? ([y, m, d] as const) : null;
    datePartsOf.set(published, parts);
  }
  return parts;
}

/**
 * The year to cite an article by: its publication's KST year; when the day is unknown, the year it
 * is filed under, or the one year its date note names (`2021년 새해 정례조회`); else null.
 */
export function citedYear(article: Citable["article"]): number | null {
  const parts = dateParts(article.published);
  if (parts) return parts[0];
  if (article.year !== undefined && article.year !== null) return article.year;
  const years = new Set(article.dateNote?.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * Where the cited article was read: its web address and the KST day it was copied (`retrieved`)
 * as `[year, month, day]`, or null when the article has no address.
 */
export function originalSource(
  article: Citable["article"],
): { url: string; accessed: readonly [number, number, number] | null } | null {
  if (article.url === undefined) return null;
  return { url: article.url, accessed: article.retrieved === undefined ? null : dateParts(article.retrieved) };
}
