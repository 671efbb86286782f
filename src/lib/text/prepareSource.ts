import { problem, type ContentProblem } from "../errors.ts";
import { isNotNfc, toNfc } from "./normalize.ts";

/** Source text made ready for parsing: byte-order mark dropped, LF line ends, NFC. */
export interface PreparedSource {
  /** The cleaned text. */
  text: string;
  /** Warnings about what was changed (decomposed Hangul, for instance). */
  warnings: ContentProblem[];
}

/** Cleans a content file's text and warns, with the first line concerned, when it was not NFC. */
export function prepareSource(raw: string, file: string): PreparedSource {
  const unified = raw.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const warnings: ContentProblem[] = [];
  if (isNotNfc(unified)) {
    const lines = unified.split("\n");
    const index = lines.findIndex(isNotNfc);
    warnings.push({
      ...problem(
        { file, line: index + 1 },
        "the text has decomposed (NFD) Hangul or accents; it was read as NFC",
        "save the file as NFC (most editors have a Unicode-normalise command; `archive check --fix` will too)",
      ),
      severity: "warning",
    });
  }
  return { text: toNfc(unified), warnings };
}
