import type { ContentProblem } from "../errors.ts";
import type { Quote } from "../schemas/quote.ts";
import type { WarningCode } from "../schemas/warningCode.ts";
import { speakerEntryYaml, yamlScalar, personName } from "../registry/speakerEntry.ts";

const excerpt = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** The words of a quote a `quotes: fix:` entry can find it by: its start, at most 30 characters, cut at a space. */
function matchPiece(text: string): string {
  if (text.length <= 30) return text;
  const cut = text.slice(0, 30);
  const space = cut.lastIndexOf(" ");
  return space >= 12 ? cut.slice(0, space) : cut;
}

/** The `quotes: fix:` entry that names a quote's speaker, as YAML to paste under `quotes: fix:`. */
function fixEntry(quote: Quote): string {
  return `add under \`quotes: fix:\` in the front matter \`- { match: ${yamlScalar(matchPiece(quote.text))}, speaker: ID }\` with ID from content/speakers.yaml (\`speaker: null, speakerName: 이름\` for someone not in it)`;
}

function warning(quote: Quote, file: string, code: WarningCode, message: string, fix: string): ContentProblem {
  return { file, line: quote.position?.line ?? 1, severity: "warning", code, message, fix };
}

const REASON: Partial<Record<Quote["attribution"], string>> = {
  carried: "no cue names the speaker, and the last one named is not near",
  continued: "a continuation word follows no named speaker",
  reference: "the article names no one person in full whom the short reference fits",
  question: "the words are a question put to the speaker",
};

/** Why no speaker was found, when the text says something about it. */
function noSpeakerWarning(quote: Quote, file: string): ContentProblem {
  const why = REASON[quote.attribution];
  const base = `no speaker found for “${excerpt(quote.text)}”${why ? `: ${why}` : ""} (published as 화자 미확인)`;
  // The extractor's guess, for a quote it could not confirm: one line accepts it.
  if (quote.candidate && (quote.attribution === "carried" || quote.attribution === "reference")) {
    return warning(
      quote,
      file,
      "no-speaker",
      `${base}; the likeliest is ${quote.candidate}`,
      `if ${quote.candidate} said it, add under \`quotes:\` \`confirm: [${yamlScalar(matchPiece(quote.text))}]\`; otherwise ${fixEntry(quote)}`,
    );
  }
  if (quote.source === "office" && quote.candidate) {
    return warning(
      quote,
      file,
      "no-speaker",
      `${base}; the text names an office (${quote.candidate}), not a person, and no one in content/speakers.yaml held it then`,
      `${fixEntry(quote)}; or, if a registered person held the office at the article's date, add it to their \`roles\` in content/speakers.yaml (title, organisation, from, to)`,
    );
  }
  // A name the text gives that the registry does not know (`김철수는 “…”`): say how to add the person.
  if (quote.candidate && /^[가-힣]{2,4}(?:\s|$)/u.test(quote.candidate)) {
    return warning(
      quote,
      file,
      "no-speaker",
      `${base}; the text names “${quote.candidate}”, who is not in content/speakers.yaml`,
      `if ${personName(quote.candidate)} is a person, add \`${speakerEntryYaml(quote.candidate)}\` to content/speakers.yaml (check the id's spelling); otherwise ${fixEntry(quote)}`,
    );
  }
  return warning(quote, file, "no-speaker", base, fixEntry(quote));
}

/**
 * Warnings about who said what, one per statement, computed after the editor's corrections so a
 * fixed quote is no longer reported: a speaker assumed without any cue, no speaker found (with the
 * office or the unknown name the text gives), or a person named who is not in the registry (with
 * the YAML to add). Anonymous sources, groups and organisations never carry a registry name.
 */
export function attributionWarnings(quotes: readonly Quote[], file: string): ContentProblem[] {
  return quotes.flatMap((quote): ContentProblem[] => {
    if (quote.part !== 0 || quote.attribution === "editor") return [];
    if (quote.attribution === "carried" && quote.speakerName !== null) {
      return [
        warning(
          quote,
          file,
          "speaker-assumed",
          `no speaker is named for “${excerpt(quote.text)}”; ${quote.speakerName} was assumed from the sentence before`,
          `if that is right, add under \`quotes:\` \`confirm: [${yamlScalar(matchPiece(quote.text))}]\`; if not, ${fixEntry(quote)}`,
        ),
      ];
    }
    if (quote.speakerName === null || quote.level === "unconfirmed") return [noSpeakerWarning(quote, file)];
    if (quote.speaker === null && quote.source === "person") {
      return [
        warning(
          quote,
          file,
          "speaker-not-registered",
          `speaker “${quote.speakerName}” is not in content/speakers.yaml; the name is kept as text and the quote is on no speaker's page`,
          `add \`${speakerEntryYaml(quote.speakerName)}\` to content/speakers.yaml (check the id's spelling) to link the quote to the person's page`,
        ),
      ];
    }
    return [];
  });
}
