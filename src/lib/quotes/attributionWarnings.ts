import type { ContentProblem } from "../errors.ts";
import type { Quote } from "../schemas/quote.ts";

const excerpt = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * Warnings about who said what, one per statement, computed after the editor's corrections so a
 * fixed quote is no longer reported: a speaker assumed without any cue, no speaker found, or a
 * name that is not in the registry.
 */
export function attributionWarnings(quotes: readonly Quote[], file: string): ContentProblem[] {
  return quotes.flatMap((quote): ContentProblem[] => {
    if (quote.part !== 0) return [];
    const at = { file, line: quote.position?.line ?? 1, severity: "warning" as const };
    if (quote.attribution === "carried") {
      return [
        {
          ...at,
          message: `no speaker is named for “${excerpt(quote.text)}”; ${quote.speakerName ?? "the previous speaker"} was assumed from the statement before`,
          fix: "if that is wrong, add a `quotes: fix:` entry with the right speaker",
        },
      ];
    }
    if (quote.attribution === "unknown") {
      return [
        {
          ...at,
          message: `no speaker found for “${excerpt(quote.text)}”`,
          fix: "add a `quotes: fix:` entry naming the speaker",
        },
      ];
    }
    if (quote.speaker === null && quote.speakerName !== null && quote.attribution !== "editor") {
      return [
        {
          ...at,
          message: `speaker “${quote.speakerName}” is not in content/speakers.yaml; the name is kept as text`,
          fix: "add the person to content/speakers.yaml (with this name among the aliases) to link the quote",
        },
      ];
    }
    return [];
  });
}
