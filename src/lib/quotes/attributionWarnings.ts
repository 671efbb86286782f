import type { ContentProblem } from "../errors.ts";
import type { Quote } from "../schemas/quote.ts";

const excerpt = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);
// The first words of a quote, as an editor would write them under `match:` or `confirm:`.
const piece = (text: string): string => JSON.stringify(text.slice(0, 16).trim());

const REASON: Partial<Record<Quote["attribution"], string>> = {
  carried: "no cue names the speaker, and the last one named is not near",
  continued: "a continuation word follows no named speaker",
  office: "only an office is named, not a person",
  subject: "the sentence's subject is not a person's name",
  question: "the words are a question put to the speaker",
  unknown: "nothing in the text names the speaker",
};

/** The YAML an editor adds to `content/speakers.yaml` for a person the text names. */
function registryEntry(speakerName: string): string {
  const [name = speakerName] = speakerName.split(/\s/u);
  return `- id: <latin-id>\n  name: ${name}\n  aliases:\n    - ${speakerName}\n    - ${name}`;
}

/**
 * Warnings about who said what, one per statement, computed after the editor's corrections so a
 * fixed or confirmed quote is no longer reported: an unconfirmed speaker (with the extractor's
 * guess, if any, and the one-line way to confirm it), a speaker assumed from the sentence before,
 * or a person who is not in the registry (with the entry to add).
 */
export function attributionWarnings(quotes: readonly Quote[], file: string): ContentProblem[] {
  return quotes.flatMap((quote): ContentProblem[] => {
    if (quote.part !== 0 || quote.attribution === "editor") return [];
    const at = { file, line: quote.position?.line ?? 1, severity: "warning" as const };
    if (quote.level === "unconfirmed") {
      const why = REASON[quote.attribution] ?? "the speaker could not be confirmed";
      if (quote.candidate !== null && quote.source !== "office")
        return [
          {
            ...at,
            message: `speaker unconfirmed for “${excerpt(quote.text)}”: ${why}; the likeliest is ${quote.candidate} (published as 화자 미확인)`,
            fix: `if ${quote.candidate} said it, add under \`quotes:\` \`confirm: [${piece(quote.text)}]\`; otherwise a \`fix:\` entry with \`match: ${piece(quote.text)}\` and the speaker`,
          },
        ];
      return [
        {
          ...at,
          message: `no speaker found for “${excerpt(quote.text)}”: ${why}${quote.candidate ? ` (${quote.candidate})` : ""} (published as 화자 미확인)`,
          fix: `add under \`quotes:\` a \`fix:\` entry with \`match: ${piece(quote.text)}\` and \`speaker: <id>\` (or \`speakerName:\` for someone not in speakers.yaml)`,
        },
      ];
    }
    if (quote.attribution === "carried") {
      return [
        {
          ...at,
          message: `no speaker is named for “${excerpt(quote.text)}”; ${quote.speakerName} was assumed from the sentence before`,
          fix: `if that is right, add under \`quotes:\` \`confirm: [${piece(quote.text)}]\`; if not, a \`fix:\` entry with the right speaker`,
        },
      ];
    }
    if (quote.speaker === null && quote.speakerName !== null && quote.source === "person") {
      return [
        {
          ...at,
          message: `speaker “${quote.speakerName}” is not in content/speakers.yaml; the name is kept as text and the quote is on no speaker's page`,
          fix: `to link the quote, add the person to content/speakers.yaml:\n${registryEntry(quote.speakerName)}`,
        },
      ];
    }
    return [];
  });
}
