import { toChoseong } from "../../src/lib/search/hangul.ts";
import type { SearchDoc } from "../../src/lib/search/documents.ts";
import { createRng } from "../../tools/synthetic/random.ts";

/** A benchmark query and the kind of search it exercises. */
export interface BenchQuery {
  kind: "phrase" | "word" | "choseong" | "typo" | "half-typed";
  q: string;
}

const HANGUL_WORD = /^[가-힣]{3,6}$/u;

/** Drops the final consonant of a syllable: what a reader has typed halfway through it (`정` → `저`). */
function halfTyped(ch: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  return String.fromCharCode(0xac00 + code - (code % 28));
}

/** A deterministic mix of ~100 queries drawn from the documents: phrases, words, 초성, typos, half-typed words. */
export function benchQueries(docs: readonly SearchDoc[], seed = 7): BenchQuery[] {
  const rng = createRng(seed, "bench-queries");
  const quotes = docs.filter((d) => d.type === "quote");
  const words = [
    ...new Set(
      quotes
        .slice(0, 2000)
        .flatMap((d) => d.text.split(/\s+/u))
        .filter((w) => HANGUL_WORD.test(w)),
    ),
  ];
  const queries: BenchQuery[] = [];
  for (let i = 0; i < 40; i += 1) {
    const parts = rng.pick(quotes).text.split(/\s+/u);
    const start = rng.int(0, Math.max(0, parts.length - 4));
    queries.push({ kind: "phrase", q: parts.slice(start, start + rng.int(2, 4)).join(" ") });
  }
  for (let i = 0; i < 20; i += 1) queries.push({ kind: "word", q: rng.pick(words) });
  for (let i = 0; i < 15; i += 1)
    queries.push({ kind: "choseong", q: toChoseong(rng.pick(words.filter((w) => w.length >= 4)).slice(0, 4)) });
  for (let i = 0; i < 15; i += 1) {
    const word = rng.pick(words.filter((w) => w.length >= 4));
    const at = rng.int(1, word.length - 2);
    queries.push({ kind: "typo", q: `${word.slice(0, at)}${word[at] === "가" ? "나" : "가"}${word.slice(at + 1)}` });
  }
  for (let i = 0; i < 10; i += 1) {
    const word = rng.pick(words);
    queries.push({ kind: "half-typed", q: `${word.slice(0, -1)}${halfTyped(word.at(-1) ?? "가")}` });
  }
  return queries;
}
