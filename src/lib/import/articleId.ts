import { foldForMatching } from "../text/normalize.ts";
import { fnv1a } from "../text/hash.ts";

/** A short, deterministic slug for a title: its folded text hashed, in base 36 (seven characters). */
export function titleSlug(title: string): string {
  return fnv1a(foldForMatching(title)).toString(36).padStart(7, "0");
}

/**
 * The id an imported article gets when the editor names none: `<YYYY-MM-DD>-<slug>` from its KST
 * publication date, `<year>-<slug>` when only the year is known, `undated-<slug>` when nothing is.
 * The same title and date always give the same id; it stays the article's id (and URL) when a date
 * is added later and the file moves into a year folder.
 */
export function importedArticleId(title: string, kstDate: string | null, year: number | null): string {
  return `${kstDate ?? (year === null ? "undated" : String(year))}-${titleSlug(title)}`;
}
