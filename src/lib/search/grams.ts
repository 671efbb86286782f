import { fnv1a } from "../text/hash.ts";

/** Marks a gram of initial consonants (초성), so it never collides with a gram of text. */
export const CHOSEONG_PREFIX = "^";

/** The distinct two-character grams of already-folded text, skipping any that holds white space. */
export function bigrams(folded: string, prefix = ""): Set<string> {
  const grams = new Set<string>();
  const chars = [...folded];
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const a = chars[i] ?? "";
    const b = chars[i + 1] ?? "";
    if (/\s/u.test(a) || /\s/u.test(b)) continue;
    grams.add(`${prefix}${a}${b}`);
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
  if (encoded === "") return [];
  let previous = 0;
  return encoded.split(",").map((gap) => (previous += parseInt(gap, 36)));
}
