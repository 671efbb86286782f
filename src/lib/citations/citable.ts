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

/** The KST calendar date of an article as [year, month, day], or null when undated. */
export function dateParts(published: string | null): [number, number, number] | null {
  if (published === null) return null;
  const date = parseArchiveDate(published);
  if (typeof date === "string") return null;
  const [y, m, d] = date.kstDate.split("-").map(Number);
  return y && m && d ? [y, m, d] : null;
}
