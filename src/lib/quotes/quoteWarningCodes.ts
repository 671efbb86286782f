import type { ContentProblem } from "../errors.ts";
import type { WarningCode } from "../schemas/warningCode.ts";

/**
 * The code of each warning about quotes (extractQuotes.ts: quote marks, written words;
 * attributionWarnings.ts: speakers), by the start of its message, for the warnings that do not
 * carry a code themselves. tests/unit/acknowledge.test.ts raises each of them from an article, so
 * a reworded message that no longer matches fails there instead of going uncoded.
 */
const BY_MESSAGE: readonly [start: RegExp, code: WarningCode][] = [
  [/^a quote opened with one kind of mark is closed with another/u, "mixed-quote-marks"],
  [/^a quote is opened but never closed/u, "unclosed-quote"],
  [/^a closing ” has no opening mark/u, "stray-closing-mark"],
  [/^quoted words that the sentence says were written/u, "written-not-speech"],
  [/^no speaker is named for /u, "speaker-assumed"],
  [/^(?:no speaker found|speaker unconfirmed) for /u, "no-speaker"],
  [/^speaker “[^”]*” is not in content\/speakers\.yaml/u, "speaker-not-registered"],
];

/** Warnings about quotes with their codes, so that an article may acknowledge them. */
export function withQuoteWarningCodes(warnings: readonly ContentProblem[]): ContentProblem[] {
  return warnings.map((warning) => {
    if (warning.code) return warning;
    const code = BY_MESSAGE.find(([start]) => start.test(warning.message))?.[1];
    return code ? { ...warning, code } : warning;
  });
}
