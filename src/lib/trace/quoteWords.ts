import { stripParticle } from "../search/particles.ts";
import { foldSearchText } from "../search/fold.ts";
import { MIDDLE_DOTS } from "../text/normalize.ts";

/** One word of a quote: as written (for display) and as compared (for matching). */
export interface QuoteWord {
  /** The word as the text writes it, particle included. */
  text: string;
  /** The word as compared: folded (NFC, Latin lower case), digit grouping dropped, trailing particle dropped. */
  key: string;
  /** Offset of the word in the NFC text. */
  start: number;
  /** Offset just after the word in the NFC text. */
  end: number;
}

/** One sentence of a quote, with its offsets in the NFC text. */
export interface QuoteSentence {
  /** The sentence as written, trimmed. */
  text: string;
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

/**
 * Characters that separate words even when they stand between letters: every middle dot variant,
 * ㆍ (a Hangul letter to Unicode, a middle dot to a reader), the bullet and `/`.
 */
const SEPARATORS = new RegExp(`[${[...MIDDLE_DOTS, "\u2022", "\u2027", "/"].join("")}]`, "gu");
/** A word: letters and digits, with digit groups (`1,929`, `3.5`) and a trailing `%` kept inside. */
const WORD = /[\p{L}\p{N}]+(?:[.,]\p{N}+[\p{L}\p{N}]*)*%?/gu;

/** Keys already made, by folded word: quotes repeat words, and stripping a particle tries many endings. */
const KEYS = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** The comparison key of one folded word. */
function wordKey(folded: string): string {
  let key = KEYS.get(folded);
  if (key === undefined) {
    key = stripParticle(folded.includes(",") ? folded.replace(/(?<=\p{N}),(?=\p{N})/gu, "") : folded);
    if (KEYS.size >= KEY_CACHE_LIMIT) KEYS.clear();
    KEYS.set(folded, key);
  }
  return key;
}

/**
 * Splits a quote into words for comparison (NFC). Middle dots, `/`, ellipses, punctuation and quote
 * marks separate words and are not words; each word keeps its written form and offsets for display
 * and gets a key without its trailing particle (`청렴행정으로` → `청렴행정`).
 */
export function quoteWords(text: string): QuoteWord[] {
  const nfc = text.normalize("NFC");
  // Folding changes one character for one, so offsets in the folded text are offsets in `nfc`.
  const folded = foldSearchText(nfc).replace(SEPARATORS, " ");
  const words: QuoteWord[] = [];
  for (const match of folded.matchAll(WORD)) {
    const end = match.index + match[0].length;
    words.push({ text: nfc.slice(match.index, end), key: wordKey(match[0]), start: match.index, end });
  }
  return words;
}

/**
 * The keys of a run of words written together, so spacing never matters: `청렴 행정으로` and
 * `청렴행정으로` both give `청렴행정`.
 */
export function joinedKey(words: readonly QuoteWord[]): string {
  let out = "";
  for (const word of words) out += word.key;
  return out;
}

/**
 * Splits a quote into sentences at `.`, `?` or `!` followed by white space (an ellipsis `...` does not
 * end a sentence). Offsets are into the NFC text; a quote with no such break is one sentence.
 */
export function quoteSentences(text: string): QuoteSentence[] {
  const nfc = text.normalize("NFC");
  const out: QuoteSentence[] = [];
  const push = (start: number, end: number): void => {
    const raw = nfc.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  let start = 0;
  for (const match of nfc.matchAll(/(?<![.…])[.?!](?=\s+\S)/gu)) {
    push(start, match.index + 1);
    start = match.index + 1;
  }
  push(start, nfc.length);
  return out;
}
