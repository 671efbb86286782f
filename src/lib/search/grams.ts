import { fnv1a } from "../text/hash.ts";

/** Marks a gram of initial consonants (초성), so it never collides with a gram of text. */
export const CHOSEONG_PREFIX = "^";

/** The distinct two-character grams of already-folded text, skipping any that holds white space. */
export function bigrams(folded: string, prefix = ""): Set<string> {
  return ngrams(folded, 2, prefix);
}

/** The distinct `size`-character grams of already-folded text, skipping any that holds white space. */
export function ngrams(folded: string, size: number, prefix = ""): Set<string> {
  const grams = new Set<string>();
  const chars = [...folded];
  let run = 0;
  for (let i = 0; i < chars.length; i += 1) {
    run = /\s/u.test(chars[i] ?? " ") ? 0 : run + 1;
    if (run >= size) grams.add(`${prefix}${chars.slice(i - size + 1, i + 1).join("")}`);
  }
  return grams;
}

/** Spreads grams over index shards (FNV-1a of the gram). */
export const gramHash: (gram: string) => number = fnv1a;

/** Encodes a sorted list of document numbers as base-36 gaps (`3,a,1`), compact in JSON and gzip. */
export function encodePostings(numbers: readonly number[]): string {
  let previous = 0;
  return numbers
    .map((n) => {
      const gap = n - previous;
      previous = n;
      return gap.toString(36);
    })
    .join(",");
}

/** Decodes `encodePostings` output back into document numbers. */
export function decodePostings(encoded: string): number[] {
  return [...postingsArray(encoded)];
}

/** Decodes `encodePostings` output into a typed array, reading the text once (no split, no parseInt). */
export function postingsArray(encoded: string): Int32Array {
  if (encoded === "") return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < encoded.length; i += 1) if (encoded.charCodeAt(i) === 44) count += 1;
  const out = new Int32Array(count);
  let previous = 0;
  let gap = 0;
  let k = 0;
  for (let i = 0; i <= encoded.length; i += 1) {
    const c = i < encoded.length ? encoded.charCodeAt(i) : 44;
    if (c === 44) {
      previous += gap;
      out[k] = previous;
      k += 1;
      gap = 0;
    } else gap = gap * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return out;
}
