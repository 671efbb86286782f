import { parseArchiveDate } from "../dates/kst.ts";
import type { Quote } from "../schemas/quote.ts";
import type { ArticleData } from "../site/siteIndex.ts";

/** What every citation format needs to know about a source: the article, and the quote if one is cited. */
export interface Citable {
  /** Stable id, used as the citation key. */
  id: string;
  article: Pick<ArticleData, "title" | "outlet" | "reporter" | "published" | "url">;
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
