import type { Rng } from "./random.ts";

/** How a quote's marks are printed: paired, mixed, reversed, or left open. */
export type MarkStyle = "curly" | "straight" | "mixed" | "straight-open" | "reversed" | "unclosed";

/** The marks around one quote: curly `“…”` mostly, straight `"…"` sometimes, broken now and then. */
export interface Marks {
  /** Opening mark. */
  open: string;
  /** Closing mark (empty for an unclosed quote). */
  close: string;
  /** How they are printed. */
  style: MarkStyle;
}

const CURLY: Marks = { open: "\u201C", close: "\u201D", style: "curly" };
const STRAIGHT: Marks = { open: '"', close: '"', style: "straight" };
const MIXED: Marks = { open: "\u201C", close: '"', style: "mixed" };

/**
 * Draws the marks of one statement, as real pages print them: about 80 % curly, 8 % straight,
 * 4 % mixed `“…"`, and, when `broken` is allowed (a one-span statement closed by a quoting
 * particle), 2 % `"…”`, 1.5 % reversed `”…“` and 4.5 % never closed (`“…하겠다고 말했다.`).
 * Without `broken`: 85 % curly, 10 % straight, 5 % mixed.
 */
export function drawMarks(rng: Rng, broken = false): Marks {
  const roll = rng.next();
  if (!broken) return roll < 0.85 ? CURLY : roll < 0.95 ? STRAIGHT : MIXED;
  if (roll < 0.8) return CURLY;
  if (roll < 0.88) return STRAIGHT;
  if (roll < 0.92) return MIXED;
  if (roll < 0.94) return { open: '"', close: "\u201D", style: "straight-open" };
  if (roll < 0.955) return { open: "\u201D", close: "\u201C", style: "reversed" };
  return { open: "\u201C", close: "", style: "unclosed" };
}

/** The quoted words inside their marks. */
export function quoted(words: string, marks: Marks): string {
  return `${marks.open}${words}${marks.close}`;
}
