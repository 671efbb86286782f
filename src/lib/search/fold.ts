import { MIDDLE_DOTS } from "../text/normalize.ts";

const DOTS = new Set<string>(MIDDLE_DOTS);
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", '"', "\u300C", "\u300D"]);
const SINGLE_QUOTES = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "'"]);

const MARKS = [...DOTS, ...DOUBLE_QUOTES, ...SINGLE_QUOTES].join("");
/** Characters folding may change: dots, quote marks, and letters with a lower case. */
const FOLDED = new RegExp(`[${MARKS}\\p{Lu}\\p{Lt}\\p{Nl}\\p{So}]`, "gu");

function foldOne(ch: string): string {
  if (DOTS.has(ch)) return "\u00B7";
  if (DOUBLE_QUOTES.has(ch) || SINGLE_QUOTES.has(ch)) return '"';
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/**
 * Folds text for search, one character for one character (so match positions map straight back to
 * the original): NFC first, then every middle dot (․ · ‧ ㆍ ・) to `·`, every quote mark to `"`,
 * Latin letters to lower case.
 */
export function foldSearchText(text: string): string {
  return text.normalize("NFC").replace(FOLDED, foldOne);
}
