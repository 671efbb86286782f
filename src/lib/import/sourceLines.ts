import { toNfc } from "../text/normalize.ts";
import type { SourceLine } from "./types.ts";

// JavaScript's \s covers the no-break and ideographic spaces; zero-width spaces come with copied text too.
const EDGE_SPACE = /^[\s\u200B]+|[\s\u200B]+$/gu;

/** Trims a line for the pipeline: NFC, white space (no-break and zero-width spaces too) removed at both ends. */
export function cleanLine(text: string): string {
  return toNfc(text).replace(EDGE_SPACE, "");
}

/** Splits copied text into numbered lines: byte-order mark dropped, any line ending, NFC, ends trimmed. */
export function textToLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/u, "")
    .split(/\r\n?|\n/u)
    .map((raw, index) => ({ line: index + 1, text: cleanLine(raw) }));
}
