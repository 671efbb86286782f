import { toNfc } from "../text/normalize.ts";
import type { SourceLine } from "./types.ts";

// JavaScript's \s covers the no-break and ideographic spaces; zero-width spaces come with copied text too.
const EDGE_SPACE = /^[\s\u200B]+|[\s\u200B]+$/gu;

/** Trims a line for the pipeline: NFC, white space (no-break and zero-width spaces too) removed at both ends. */
export function cleanLine(text: string): string {
  return toNfc(text).replace(EDGE_SPACE, "");
}

// A copied page's meta field glued to the front of a line: ` date 2025-09-03 제목…`.
const META_DATE = /^date (\d{4}-\d{2}-\d{2})\s+(\S.*)$/u;

/**
 * Splits copied text into numbered lines: byte-order mark dropped, any line ending, NFC, ends
 * trimmed. A `date YYYY-MM-DD` meta field glued to the front of a line (as some pages copy) becomes
 * a line of its own, `입력 YYYY-MM-DD`, with the same line number, so that the date is read as a
 * byline and the rest of the line as what it is (a headline, a lead).
 */
export function textToLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/u, "")
    .split(/\r\n?|\n/u)
    .flatMap((raw, index) => {
      const line = { line: index + 1, text: cleanLine(raw) };
      const meta = META_DATE.exec(line.text);
      return meta
        ? [
            { ...line, text: `입력 ${meta[1]}` },
            { ...line, text: meta[2] ?? "" },
          ]
        : [line];
    });
}
