import type { Rng } from "./random.ts";

/** The middle-dot variants Korean press pages print between paired nouns (`경제․산업`). */
export const PRINTED_MIDDLE_DOTS = ["\u2024", "\u00B7", "\u2027", "\u318D"] as const;

/** Joins nouns with one middle-dot variant, drawn once for the whole join (`건설ㆍ교통ㆍ환경`). */
export function dotJoin(rng: Rng, parts: readonly string[]): string {
  return parts.join(rng.pick(PRINTED_MIDDLE_DOTS));
}

/** Replaces every `·` in a bank phrase with one drawn variant (`5·18` → `5․18`). */
export function varyDots(rng: Rng, text: string): string {
  return text.includes("\u00B7") ? text.split("\u00B7").join(rng.pick(PRINTED_MIDDLE_DOTS)) : text;
}
