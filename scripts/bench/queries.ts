// The fixed set of search queries the benchmark times, drawn (seeded) from the built site's quotes:
// phrases, single words, initial-consonant (초성) queries, one-letter typos and half-typed words.
import { toChoseong } from "../../src/lib/search/hangul.ts";
import { createRng, type Rng } from "../../tools/synthetic/random.ts";

/** The kinds of query a reader types. */
export type QueryKind = "phrase" | "word" | "choseong" | "typo" | "half-typed";

/** One benchmark query. */
export interface BenchQuery {
  kind: QueryKind;
  q: string;
}

const SYLLABLE_FIRST = 0xac00;
const HANGUL_WORD = /^[가-힣]{2,8}$/u;
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/** The Hangul words of a text, punctuation stripped. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((w) => w.replace(/[^가-힣]/gu, ""))
    .filter((w) => HANGUL_WORD.test(w));
}

/** One syllable's vowel moved by one (`정` → `젱`): a one-letter typo that stays a syllable. */
function typoSyllable(ch: string): string {
  const code = ch.charCodeAt(0) - SYLLABLE_FIRST;
  const vowel = Math.floor((code % 588) / 28);
  return String.fromCharCode(SYLLABLE_FIRST + code + (vowel < 20 ? 28 : -28));
}

/** A last syllable half typed: without its final consonant (`정` → `저`), or, when it has none, only its initial (`다` → `ㄷ`). */
function halfTyped(ch: string): string {
  const code = ch.charCodeAt(0) - SYLLABLE_FIRST;
  if (code % 28 !== 0) return String.fromCharCode(SYLLABLE_FIRST + code - (code % 28));
  return INITIALS[Math.floor(code / 588)] ?? ch;
}

function phrase(rng: Rng, texts: readonly string[]): string {
  for (;;) {
    const words = rng.pick(texts).split(/\s+/u).filter(Boolean);
    if (words.length < 3) continue;
    const length = rng.int(2, 3);
    const start = rng.int(0, words.length - length);
    return words
      .slice(start, start + length)
      .join(" ")
      .replace(/[.,!?…“”"']/gu, "");
  }
}

/**
 * About 100 queries (30 phrases, 20 words, 15 초성, 20 typos, 15 half-typed), deterministic for the
 * same quotes and seed, shuffled so each kind is spread over the run.
 */
export function benchQueries(quoteTexts: readonly string[], seed: number): BenchQuery[] {
  const rng = createRng(seed, "bench-queries");
  const words = [...new Set(quoteTexts.flatMap(wordsOf))].sort();
  const longWords = words.filter((w) => w.length >= 4);
  if (quoteTexts.length === 0 || longWords.length === 0) throw new Error("no quotes to draw queries from");
  const queries: BenchQuery[] = [];
  const add = (kind: QueryKind, n: number, make: () => string): void => {
    for (let i = 0; i < n; i += 1) queries.push({ kind, q: make() });
  };
  add("phrase", 30, () => phrase(rng, quoteTexts));
  add("word", 20, () => rng.pick(words));
  add("choseong", 15, () => toChoseong(rng.pick(longWords).slice(0, 4)));
  add("typo", 20, () => {
    const word = rng.pick(longWords);
    const at = rng.int(1, word.length - 1);
    return `${word.slice(0, at)}${typoSyllable(word.charAt(at))}${word.slice(at + 1)}`;
  });
  add("half-typed", 15, () => {
    const word = rng.pick(longWords);
    return `${word.slice(0, -1)}${halfTyped(word.charAt(word.length - 1))}`;
  });
  return rng.sample(queries, queries.length);
}
