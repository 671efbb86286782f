import { stripParticle } from "../search/particles.ts";
import { foldSearchText } from "../search/fold.ts";
import { MIDDLE_DOTS } from "../text/normalize.ts";
import { isSpaceCode, widthAt } from "../text/codeUnits.ts";

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

/** One sentence's words as compared, without offsets (what clustering needs of a quote). */
export interface SentenceKeys {
  /** The words' keys (see {@link QuoteWord.key}) written together: spacing and particles aside. */
  joined: string;
  /** Where each key ends in `joined`. */
  keyEnds: number[];
  /**
   * With `written` asked for: the folded words written together with their particles
   * (`클라우드는따로`), so a word the next one's particle was cut from is found (`따로`).
   */
  written?: string;
}

/** A sentence break: `.`, `?` or `!` not after another dot or an ellipsis, followed by white space and more text. */
const SENTENCE_END = /(?<![.…])[.?!](?=\s+\S)/gu;

/** Per UTF-16 unit: 0 not looked up yet, 1 a letter, 2 a digit (`\p{N}`), 3 neither or a separator. */
const CLASSES = new Uint8Array(65536);
for (const separator of [...MIDDLE_DOTS, "\u2022", "\u2027", "/"]) CLASSES[separator.charCodeAt(0)] = 3;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** The class of a character (see {@link CLASSES}); a surrogate half counts by the pair it starts. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    return LETTER.test(char) ? 1 : NUMBER.test(char) ? 2 : 3;
  }
  let known = CLASSES[code] as number;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = LETTER.test(char) ? 1 : NUMBER.test(char) ? 2 : 3;
    CLASSES[code] = known;
  }
  return known;
}

/** Offsets just after each sentence break in `text` (what {@link SENTENCE_END} finds, without a regular expression). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x3f && code !== 0x21) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (before === 0x2e || before === 0x2026) continue;
    let j = i + 1;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j += 1;
    if (j > i + 1 && j < text.length) ends.push(i + 1);
  }
  return ends;
}

/** Keys already made, by word as written (NFC): see {@link KEYS}. */
const WRITTEN_KEYS = new Map<string, string>();

/** The key of a word as written (NFC): folded (one character for one, as in the whole text), then {@link wordKey}. */
function writtenKey(word: string): string {
  let key = WRITTEN_KEYS.get(word);
  if (key === undefined) {
    key = wordKey(foldSearchText(word));
    if (WRITTEN_KEYS.size >= KEY_CACHE_LIMIT) WRITTEN_KEYS.clear();
    WRITTEN_KEYS.set(word, key);
  }
  return key;
}

/**
 * The words of each sentence of a quote as keys only: the same words and sentences as
 * {@link quoteWords} and {@link quoteSentences} (a hand-written scanner equal to their patterns),
 * without the objects and offsets a diff needs, so that clustering tens of thousands of quotes
 * keeps little in memory. Sentences without words are left out.
 */
export function sentenceKeys(text: string, written = false): SentenceKeys[] {
  const nfc = text.normalize("NFC");
  const ends = sentenceEnds(nfc);
  const out: SentenceKeys[] = [];
  let words: string[] = [];
  let keys: string[] = [];
  let keyEnds: number[] = [];
  let length = 0;
  let sentence = 0;
  const n = nfc.length;
  let i = 0;
  while (i < n) {
    if (classAt(nfc, i) === 3) {
      i += widthAt(nfc, i);
      continue;
    }
    // A word: letters and digits, then `.` or `,` and a digit going on (`1,929`, `3.5`), then `%`.
    const start = i;
    while (i < n && classAt(nfc, i) !== 3) i += widthAt(nfc, i);
    for (;;) {
      const code = nfc.charCodeAt(i);
      if ((code === 0x2e || code === 0x2c) && i + 1 < n && classAt(nfc, i + 1) === 2) {
        i += 1;
        while (i < n && classAt(nfc, i) !== 3) i += widthAt(nfc, i);
      } else break;
    }
    if (nfc.charCodeAt(i) === 0x25) i += 1;
    if (sentence < ends.length && start >= (ends[sentence] as number)) {
      if (keys.length > 0) out.push(sentenceOf(keys, keyEnds, written ? words : null));
      keys = [];
      words = [];
      keyEnds = [];
      length = 0;
      while (sentence < ends.length && start >= (ends[sentence] as number)) sentence += 1;
    }
    const word = nfc.slice(start, i);
    const key = writtenKey(word);
    keys.push(key);
    if (written) words.push(word);
    length += key.length;
    keyEnds.push(length);
  }
  if (keys.length > 0) out.push(sentenceOf(keys, keyEnds, written ? words : null));
  return out;
}

/** One sentence's keys, and its written words when kept. */
function sentenceOf(keys: readonly string[], keyEnds: number[], words: readonly string[] | null): SentenceKeys {
  const joined = keys.join("");
  return words ? { joined, keyEnds, written: foldSearchText(words.join("")) } : { joined, keyEnds };
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
  for (const match of nfc.matchAll(SENTENCE_END)) {
    push(start, match.index + 1);
    start = match.index + 1;
  }
  push(start, nfc.length);
  return out;
}
