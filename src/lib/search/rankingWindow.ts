// The part of a long text that fuse.js scores a hit by: the stretch where its matches are densest.
import type { Range } from "./match.ts";

/** Characters of a hit's text fuse.js scores: a sentence or two around the matches. */
export const RANKING_WINDOW = 240;

/**
 * The `size` characters of `text` holding the most of its match ranges (the earliest such stretch),
 * or its start when nothing in it matched. fuse.js scores a pattern against every position of a
 * text, so a long article costs milliseconds where the few sentences around its matches cost
 * almost nothing, and the best fuzzy match of the query lies where its words are.
 */
export function rankingWindow(text: string, ranges: readonly Range[], size = RANKING_WINDOW): string {
  if (text.length <= size) return text;
  // A window starts a little before its first match, so the matches it counts end that much sooner.
  const lead = Math.floor(size / 8);
  let bestFrom = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i += 1) {
    const from = Math.max(0, (ranges[i]?.[0] ?? 0) - lead);
    let count = 0;
    for (let j = i; j < ranges.length && (ranges[j]?.[1] ?? 0) <= from + size; j += 1) count += 1;
    if (count > bestCount) {
      bestCount = count;
      bestFrom = from;
    }
  }
  const from = Math.min(bestFrom, text.length - size);
  return text.slice(from, from + size);
}
