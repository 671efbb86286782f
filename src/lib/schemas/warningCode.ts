import { z } from "zod";

/**
 * The warnings an editor may acknowledge in an article's `acknowledge:` list, each with what it
 * says: oddities that can be faithful to the source (the outlet printed the quote so, named no
 * speaker, ran no text). Other warnings (open review questions, a date without an offset) ask for
 * an edit and cannot be acknowledged.
 */
export const WARNING_CODES = {
  "mixed-quote-marks": 'a quote opened with one kind of mark is closed with another (“…" or "…”)',
  "unclosed-quote": "a quote is opened but never closed",
  "stray-closing-mark": "a closing ” has no opening mark before it",
  "written-not-speech": "quoted words the sentence says were written are not listed as a quote",
  "speaker-assumed": "no speaker is named for a quote; the one before was assumed",
  "no-speaker": "no speaker found for a quote",
  "speaker-not-registered": "a quote's speaker is not in content/speakers.yaml",
  "empty-body": "the article has no text",
} as const;

/** One acknowledgeable warning's code. */
export type WarningCode = keyof typeof WARNING_CODES;

/** True for a string that is a warning code. */
export function isWarningCode(value: unknown): value is WarningCode {
  return typeof value === "string" && Object.hasOwn(WARNING_CODES, value);
}

const CODE_LIST = Object.keys(WARNING_CODES).join(", ");

/** One entry of `acknowledge:`: a known warning code; anything else is an error listing the codes. */
export const warningCodeSchema = z.custom<WarningCode>(isWarningCode, (value: unknown) => ({
  message: `\`${String(value)}\` is not a warning code that can be acknowledged`,
  params: { fix: `use one of: ${CODE_LIST} (the code each warning prints in brackets)` },
}));
