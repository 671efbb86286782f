import { completions } from "./hangul.ts";

/** A half-open range `[start, end)` of matched characters in a text. */
export type Range = [number, number];

/** A query word as it is matched: its text, and whether its last character may be half-typed. */
export interface QueryWord {
  text: string;
  /** The character range its last syllable may complete to, e.g. `저` → [`저`, `젛`]. */
  completion: [string, string] | null;
  /** Whether one typo is forgiven (not for initial-consonant queries, where it matches too much). */
  fuzzy: boolean;
}

/** Prepares a folded, particle-stripped word for matching. */
export function queryWord(text: string): QueryWord {
  const chars = [...text];
  const last = chars.at(-1) ?? "";
  return { text, completion: chars.length >= 2 ? completions(last) : null, fuzzy: true };
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Where a word occurs in folded text: exactly; else with its half-typed last syllable completed
 * (`청렴행저` finds `청렴행정`); else, for words of three or more characters, with one character
 * changed, added or missing. Empty when it does not occur.
 */
export function matchWord(text: string, word: QueryWord): Range[] {
  const exact = allIndexes(text, word.text).map((at): Range => [at, at + word.text.length]);
  if (exact.length > 0) return exact;
  if (word.completion) {
    const prefix = word.text.slice(0, -1);
    const [lo, hi] = word.completion;
    const ranges = allIndexes(text, prefix)
      .filter((at) => {
        const next = text[at + prefix.length] ?? "";
        return next >= lo && next <= hi;
      })
      .map((at): Range => [at, at + prefix.length + 1]);
    if (ranges.length > 0) return ranges;
  }
  if (!word.fuzzy || word.text.length < 3) return [];
  const seen = new Set<string>();
  const windows: Range[] = [];
  for (let j = 0; j + 1 < word.text.length; j += 1) {
    for (const at of allIndexes(text, word.text.slice(j, j + 2))) {
      for (const length of [word.text.length - 1, word.text.length, word.text.length + 1]) {
        for (const start of [at - j - 1, at - j, at - j + 1]) {
          const key = `${start}:${length}`;
          if (start < 0 || seen.has(key)) continue;
          seen.add(key);
          if (withinOneEdit(text.slice(start, start + length), word.text)) windows.push([start, start + length]);
        }
      }
    }
  }
  // Prefer windows at least as long as the word (a dropped letter is the weakest reading), and
  // report overlapping windows as one range.
  const long = windows.filter(([a, b]) => b - a >= word.text.length);
  const chosen = (long.length > 0 ? long : windows).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const [a, b] of chosen) {
    const last = merged.at(-1);
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
