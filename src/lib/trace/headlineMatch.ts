import type { HeadlineMatch } from "../schemas/quote.ts";
import { foldSearchText } from "../search/fold.ts";
import { stripParticle } from "../search/particles.ts";
import { joinedKey, quoteSentences, quoteWords, type QuoteWord } from "./quoteWords.ts";
import { isVerbStem } from "./verbStem.ts";
import { wordDiff } from "./wordDiff.ts";

/**
 * Share of the headline's words a body passage must contain (each word's key anywhere in the
 * passage's de-spaced keys) to count as the same statement reworded. A paraphrase keeps most
 * content words, often inside longer ones (`혁신` in `혁신행정`); an unrelated body quote by the same
 * speaker shares the place and a common word or two, well under this (see tests/unit/traceHeadline).
 */
export const REWORDED_MIN_SHARE = 0.6;
/** A reworded match needs at least this many headline words found, so a two-word headline is not matched by one. */
const REWORDED_MIN_WORDS = 2;

/** How a headline stands to the body, with the span of the body quote compared. */
export interface HeadlineMatchResult extends HeadlineMatch {
  /** Offsets of `bodyText` in the body quote's NFC text; null when absent. */
  bodySpan: { start: number; end: number } | null;
}

/** One body passage a headline may stand for: a whole body quote or one of its sentences. */
interface Passage {
  quote: string;
  text: string;
  start: number;
  end: number;
  words: QuoteWord[];
  joined: string;
}

/**
 * A run of words written together, particles inside kept and the last one dropped: `두 배로` and
 * `두배로` both give `두배` (word by word, `배로` keeps its particle: too short to lose it).
 */
function runKey(words: readonly QuoteWord[]): string {
  return stripParticle(foldSearchText(words.map((w) => w.text).join("")));
}

/**
 * Words `a[i…]` and `b[j…]` written alike up to spacing: one word each (with `stems`, also a
 * headline word `a[i]` that is the noun stem of the body's 하다/되다 verb `b[j]`: `개편`,
 * `개편하겠다`), or a run of up to three on one side written together as one word on the other.
 * Returns how many words of each side match, or null.
 */
function matchAt(
  a: readonly QuoteWord[],
  i: number,
  b: readonly QuoteWord[],
  j: number,
  stems: boolean,
): [number, number] | null {
  const first = a[i];
  const other = b[j];
  if (first === undefined || other === undefined) return null;
  if (first.key === other.key || (stems && isVerbStem(first.key, other.key))) return [1, 1];
  for (let n = 2; n <= 3; n += 1) {
    if (i + n <= a.length) {
      const run = a.slice(i, i + n);
      if (joinedKey(run) === other.key || runKey(run) === runKey([other])) return [n, 1];
    }
    if (j + n <= b.length) {
      const run = b.slice(j, j + n);
      if (joinedKey(run) === first.key || runKey(run) === runKey([first])) return [1, n];
    }
  }
  return null;
}

/** True when every headline word occurs in the passage, in order (spacing aside; a verb's noun stem counts). */
function isSubsequence(headline: readonly QuoteWord[], body: readonly QuoteWord[]): boolean {
  let i = 0;
  let j = 0;
  while (i < headline.length) {
    let matched: [number, number] | null = null;
    while (j < body.length && (matched = matchAt(headline, i, body, j, true)) === null) j += 1;
    if (!matched) return false;
    i += matched[0];
    j += matched[1];
  }
  return true;
}

/** True when the headline's words are the passage's words one for one (spacing and particles aside). */
function isSameWords(headline: readonly QuoteWord[], body: readonly QuoteWord[]): boolean {
  let i = 0;
  let j = 0;
  while (i < headline.length && j < body.length) {
    const matched = matchAt(headline, i, body, j, false);
    if (!matched) return false;
    i += matched[0];
    j += matched[1];
  }
  return i === headline.length && j === body.length;
}

/** Share of headline words whose key occurs anywhere in the passage (de-spaced), and how many. */
function overlap(headline: readonly QuoteWord[], passage: Passage): { share: number; found: number } {
  const found = headline.filter((w) => passage.joined.includes(w.key)).length;
  return { share: headline.length === 0 ? 0 : found / headline.length, found };
}

/** Character bigrams of a string, for breaking ties between equally close passages. */
function bigramOverlap(a: string, b: string): number {
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= b.length; i += 1) grams.add(b.slice(i, i + 2));
  let shared = 0;
  for (let i = 0; i + 2 <= a.length; i += 1) if (grams.has(a.slice(i, i + 2))) shared += 1;
  return shared;
}

/** Every body quote whole and, when it has several sentences, each sentence. */
function passages(bodyQuotes: readonly { id: string; text: string }[]): Passage[] {
  const out: Passage[] = [];
  for (const quote of bodyQuotes) {
    const text = quote.text.normalize("NFC");
    const sentences = quoteSentences(text);
    const spans =
      sentences.length > 1
        ? [{ text, start: 0, end: text.length }, ...sentences]
        : [{ text, start: 0, end: text.length }];
    for (const span of spans) {
      const words = quoteWords(span.text);
      out.push({ quote: quote.id, text: span.text, start: span.start, end: span.end, words, joined: joinedKey(words) });
    }
  }
  return out;
}

/** The result for one passage and class. */
function result(
  cls: HeadlineMatch["class"],
  headline: { text: string; words: readonly QuoteWord[] },
  passage: Passage,
): HeadlineMatchResult {
  return {
    class: cls,
    bodyQuote: passage.quote,
    bodyText: passage.text,
    bodySpan: { start: passage.start, end: passage.end },
    diff: wordDiff(headline.words, passage.words, { this: headline.text, other: passage.text }),
  };
}

/**
 * Classes a headline (or deck) quote against the article's body quotes: `verbatim` when its words
 * are one body quote's or one whole sentence's (spacing, middle dots, ellipses, punctuation and
 * particles aside: `두배로` is `두 배로`); `shortened` when every headline word occurs in one
 * passage in order (a noun for the body's 하다/되다 verb counts: `전면 개편` for `전면 개편하겠다`,
 * but `혁신` is not `혁신행정`);
 * `reworded` when a passage contains at least {@link REWORDED_MIN_SHARE} of its words, partly
 * inside longer words; otherwise `absent`. The passage compared is the closest sentence (or the
 * whole quote when the headline spans sentences); the diff's `this` is the headline's wording,
 * `other` the body's. Ties go to the earlier body quote.
 */
export function headlineMatch(
  headline: { text: string },
  bodyQuotes: readonly { id: string; text: string }[],
): HeadlineMatchResult {
  const text = headline.text.normalize("NFC");
  const words = quoteWords(text);
  const own = { text, words };
  const joined = joinedKey(words);
  const all = passages(bodyQuotes);
  const absent: HeadlineMatchResult = { class: "absent", bodyQuote: null, bodyText: null, bodySpan: null, diff: [] };
  if (words.length === 0) return absent;
  const exact = all.find((p) => p.joined === joined || isSameWords(words, p.words));
  if (exact) return result("verbatim", own, exact);
  // The shortest passage that holds every headline word in order: a sentence before its whole quote.
  const holding = all.filter((p) => isSubsequence(words, p.words)).sort((a, b) => a.words.length - b.words.length);
  const shortest = holding[0];
  if (shortest) return result("shortened", own, shortest);
  let best: { passage: Passage; share: number; found: number; bigrams: number } | null = null;
  for (const passage of all) {
    const { share, found } = overlap(words, passage);
    if (found === 0) continue;
    const bigrams = bigramOverlap(joined, passage.joined) / Math.max(1, passage.joined.length);
    if (!best || share > best.share || (share === best.share && bigrams > best.bigrams))
      best = { passage, share, found, bigrams };
  }
  if (best && best.share >= REWORDED_MIN_SHARE && best.found >= REWORDED_MIN_WORDS)
    return result("reworded", own, best.passage);
  return absent;
}
