import { foldForMatching } from "../text/normalize.ts";
import { fnv1a } from "../text/hash.ts";

/** A short, deterministic slug for a title: its folded text hashed, in base 36 (seven characters). */
export function titleSlug(title: string): string {
  return fnv1a(foldForMatching(title)).toString(36).padStart(7, "0");
}

/**
 * The id an imported article gets when the editor names none: `<YYYY-MM-DD>-<slug>` from its KST
 * publication date, or `<year>-<slug>` when undated. The same title and date always give the same id.
 */
export function importedArticleId(title: string, kstDate: string | null, year: number): string {
  return `${kstDate ?? String(year)}-${titleSlug(title)}`;
}
