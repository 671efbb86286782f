import { MIDDLE_DOTS } from "../text/normalize.ts";

const DOTS = new Set<string>(MIDDLE_DOTS);
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", '"', "\u300C", "\u300D"]);
const SINGLE_QUOTES = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "'"]);

/**
 * Folds text for search, one character for one character (so match positions map straight back to
 * the original): NFC first, then every middle dot (․ · ‧ ㆍ ・) to `·`, every quote mark to `"`,
 * Latin letters to lower case.
 */
export function foldSearchText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (DOTS.has(ch)) out += "\u00B7";
    else if (DOUBLE_QUOTES.has(ch) || SINGLE_QUOTES.has(ch)) out += '"';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}
