import type { Range } from "./match.ts";

/** The middle dot every dot variant folds to (see `foldSearchText`). */
const DOT = "\u00B7";

/** Folded text with its middle dots taken out, and where each remaining character was. */
export interface Squeezed {
  text: string;
  /** Position in the folded text of each character of `text`; null when nothing was taken out. */
  at: number[] | null;
}

/**
 * Takes the middle dots out of folded text, so that `시립예술단임대료` finds `시립예술단·임대료` and
 * `경제·산업` finds `경제산업`: a dot joining two words is optional, in the index and in a query.
 */
export function squeeze(folded: string): Squeezed {
  if (!folded.includes(DOT)) return { text: folded, at: null };
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    const ch = folded.charAt(i);
    if (ch === DOT) continue;
    text += ch;
    at.push(i);
  }
  return { text, at };
}

/** Drops the middle dots of folded text (a query word, a gram source). */
export const withoutDots = (folded: string): string => (folded.includes(DOT) ? folded.split(DOT).join("") : folded);

/** Maps ranges found in squeezed text back to the folded text it came from. */
export function unsqueezeRanges(squeezed: Squeezed, ranges: readonly Range[]): Range[] {
  const { at } = squeezed;
  if (at === null) return [...ranges];
  return ranges.map(([start, end]): Range => [at[start] ?? start, (at[end - 1] ?? end - 1) + 1]);
}
