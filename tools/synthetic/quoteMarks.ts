import type { Rng } from "./random.ts";

/** The marks around one quote: curly `“…”` mostly, straight `"…"` sometimes, mixed `“…"` rarely. */
export interface Marks {
  /** Opening mark. */
  open: string;
  /** Closing mark. */
  close: string;
  /** `curly`, `straight` or `mixed`. */
  style: "curly" | "straight" | "mixed";
}

/** Draws the marks of one statement, as real pages print them (about 85 % curly, 10 % straight, 5 % mixed). */
export function drawMarks(rng: Rng): Marks {
  const roll = rng.next();
  if (roll < 0.85) return { open: "\u201C", close: "\u201D", style: "curly" };
  if (roll < 0.95) return { open: '"', close: '"', style: "straight" };
  return { open: "\u201C", close: '"', style: "mixed" };
}

/** The quoted words inside their marks. */
export function quoted(words: string, marks: Marks): string {
  return `${marks.open}${words}${marks.close}`;
}
