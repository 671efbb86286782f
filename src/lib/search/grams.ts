import { fnv1a } from "../text/hash.ts";
import { isSpaceCode, widthAt } from "../text/codeUnits.ts";

/** Marks a gram of initial consonants (초성), so it never collides with a gram of text. */
export const CHOSEONG_PREFIX = "^";

/** The distinct two-character grams of already-folded text, skipping any that holds white space. */
export function bigrams(folded: string, prefix = ""): Set<string> {
  return ngrams(folded, 2, prefix);
}

/**
 * Calls `visit` with each `size`-character gram of already-folded text, in order and repeats
 * included, skipping any that holds white space. Characters are code points; the text is read
 * once, each gram sliced out of it (the search index makes millions of grams, so no per-character
 * arrays or regular expressions).
 */
export function eachNgram(folded: string, size: number, prefix: string, visit: (gram: string) => void): void {
  // Where each of the last `size` characters of the current run of non-space starts.
  const starts = new Array<number>(size).fill(0);
  let run = 0;
  for (let i = 0; i < folded.length;) {
    const width = widthAt(folded, i);
    if (isSpaceCode(folded.charCodeAt(i))) run = 0;
    else {
      starts[run % size] = i;
      run += 1;
      if (run >= size) visit(`${prefix}${folded.slice(starts[(run - size) % size], i + width)}`);
    }
    i += width;
  }
}

/**
 * {@link eachNgram} of size 2 without a prefix, for the index builder, without making a string for
 * most grams: a bigram of two one-unit characters comes to `onCode` as `(first << 16) | second`
 * (see {@link bigramOfCode}), any other (an astral character in it) to `onText` as text. The
 * grams come in the same order as from eachNgram.
 */
export function eachBigram(folded: string, onCode: (code: number) => void, onText: (gram: string) => void): void {
  // The previous character of the current run of non-space: where it starts, its width, its unit.
  let previousStart = -1;
  let previousWidth = 0;
  let previousCode = 0;
  for (let i = 0; i < folded.length;) {
    const width = widthAt(folded, i);
    const code = folded.charCodeAt(i);
    if (isSpaceCode(code)) previousStart = -1;
    else {
      if (previousStart >= 0) {
        if (previousWidth === 1 && width === 1) onCode((previousCode << 16) | code);
        else onText(folded.slice(previousStart, i + width));
      }
      previousStart = i;
      previousWidth = width;
      previousCode = code;
    }
    i += width;
  }
}

/** The text of a bigram's code from {@link eachBigram}. */
export function bigramOfCode(code: number): string {
  return String.fromCharCode((code >>> 16) & 0xffff, code & 0xffff);
}

/** The distinct `size`-character grams of already-folded text, skipping any that holds white space. */
export function ngrams(folded: string, size: number, prefix = ""): Set<string> {
  const grams = new Set<string>();
  eachNgram(folded, size, prefix, (gram) => grams.add(gram));
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
