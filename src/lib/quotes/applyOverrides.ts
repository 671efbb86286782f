import type { ParsedArticle } from "../articles/parseArticle.ts";
import { problem, type ContentProblem } from "../errors.ts";
import type { Quote } from "../schemas/quote.ts";
import { lineInBlock } from "../markdown/parseBody.ts";
import { foldForMatching } from "../text/normalize.ts";
import type { SpeakerFinder } from "./attribution.ts";
import { quoteId } from "./quoteId.ts";
import { sentenceEnd, sentenceEnds, sentenceStart } from "./sentences.ts";
import { scanSpans } from "./scanSpans.ts";

const matches = (quote: Quote, piece: string): boolean => foldForMatching(quote.text).includes(foldForMatching(piece));

/** What an editor's decision makes of a quote's attribution: certain, whoever it names (or no one). */
function editorSet(
  speaker: string | null,
  speakerName: string | null,
): Pick<Quote, "attribution" | "level" | "cue" | "candidate" | "source"> {
  const named = speaker !== null || speakerName !== null;
  return {
    attribution: "editor",
    level: named ? "certain" : "unconfirmed",
    cue: null,
    candidate: null,
    source: named ? "person" : "unknown",
  };
}

/**
 * Applies an article's `quotes:` front matter to what the extractor found: `exclude` drops spans,
 * `fix` corrects speaker or verb, `add` adds a quote the extractor missed (found in the body),
 * `confirm` makes the extractor's likely speaker (or an unconfirmed quote's candidate) certain,
 * `topics` files a quote under the topics the editor names.
 * An entry that matches nothing is an error, so corrections never go stale silently.
 */
export function applyOverrides(
  parsed: ParsedArticle,
  extracted: Quote[],
  finder: SpeakerFinder,
): { quotes: Quote[]; problems: ContentProblem[] } {
  const { article, lineOf } = parsed;
  const overrides = article.quotes;
  const problems: ContentProblem[] = [];
  const stale = (path: (string | number)[], what: string): void => {
    problems.push(
      problem(
        { file: article.file, line: lineOf(path), field: path.join(".") },
        `${what} matches no quote of this article`,
        "correct the text so it is a piece of one quote (see the extraction report), or remove the entry",
      ),
    );
  };
  let quotes = extracted;
  overrides.exclude.forEach((piece, index) => {
    const kept = quotes.filter((quote) => !matches(quote, piece));
    if (kept.length === quotes.length) stale(["quotes", "exclude", index], `exclude “${piece}”`);
    quotes = kept;
  });
  overrides.fix.forEach((fix, index) => {
    if (!quotes.some((quote) => matches(quote, fix.match)))
      return stale(["quotes", "fix", index, "match"], `fix “${fix.match}”`);
    quotes = quotes.map((quote) => {
      if (!matches(quote, fix.match)) return quote;
      const speaker = fix.speaker === undefined ? quote.speaker : fix.speaker;
      const speakerName =
        fix.speakerName ??
        (speaker ? (finder.nameOf(speaker) ?? null) : fix.speaker === null ? null : quote.speakerName);
      return {
        ...quote,
        speaker,
        speakerName,
        verb: fix.verb ?? quote.verb,
        ...editorSet(speaker, speakerName),
      };
    });
  });
  overrides.confirm.forEach((piece, index) => {
    const path = ["quotes", "confirm", index];
    if (!quotes.some((quote) => matches(quote, piece))) return stale(path, `confirm “${piece}”`);
    quotes = quotes.map((quote) => {
      if (!matches(quote, piece)) return quote;
      const name = quote.level === "unconfirmed" ? quote.candidate : quote.speakerName;
      if (name === null || quote.source === "office") {
        problems.push(
          problem(
            { file: article.file, line: lineOf(path), field: path.join(".") },
            `confirm “${piece}”: the extractor has no person to confirm for this quote${quote.source === "office" ? ` (only the office ${quote.candidate ?? ""} is named)` : ""}`,
            "name the speaker with a `quotes: fix:` entry instead (`match:` and `speaker:` or `speakerName:`)",
          ),
        );
        return quote;
      }
      const registered = finder.lastRegistered(name);
      const speaker = quote.speaker ?? registered?.speaker ?? null;
      const speakerName = speaker ? (finder.nameOf(speaker) ?? name) : name;
      return { ...quote, speaker, speakerName, ...editorSet(speaker, speakerName), cue: quote.cue };
    });
  });
  const taken = new Set(quotes.map((quote) => quote.id));
  overrides.add.forEach((addition, index) => {
    const paragraph = parsed.body.blocks.findIndex((block) => block.text.includes(addition.text));
    const found = parsed.body.blocks[paragraph];
    if (!found) {
      problems.push(
        problem(
          { file: article.file, line: lineOf(["quotes", "add", index, "text"]), field: `quotes.add.${index}.text` },
          `the quote to add, “${addition.text}”, is not in the body`,
          "copy the words exactly as the body has them",
        ),
      );
      return;
    }
    const at = found.text.indexOf(addition.text);
    const ends = sentenceEnds(found.text, scanSpans(found.text).spans);
    const context = found.text.slice(sentenceStart(found.text, ends, at), sentenceEnd(found.text, ends, at)).trim();
    const id = quoteId(article.id, "body", addition.text, taken);
    quotes.push({
      id,
      text: addition.text,
      speaker: addition.speaker,
      speakerName: addition.speakerName ?? (addition.speaker ? (finder.nameOf(addition.speaker) ?? null) : null),
      article: article.id,
      published: article.published,
      kind: "body",
      statement: id,
      part: 0,
      verb: addition.verb ?? null,
      position: { line: lineInBlock(found, at), offset: found.offset + at, paragraph },
      context,
      origin: "editor",
      ...editorSet(addition.speaker, addition.speakerName ?? null),
      policies: [],
      topics: [],
      topicBasis: "article",
      headlineMatch: null,
      cluster: null,
    });
  });
  overrides.topics.forEach((choice, index) => {
    if (!quotes.some((quote) => matches(quote, choice.match)))
      return stale(["quotes", "topics", index, "match"], `topics “${choice.match}”`);
    quotes = quotes.map((quote) =>
      matches(quote, choice.match) ? { ...quote, topics: [...new Set(choice.topics)], topicBasis: "editor" } : quote,
    );
  });
  const order = (q: Quote): number => (q.position ? q.position.offset : -1);
  return { quotes: [...quotes].sort((a, b) => order(a) - order(b)), problems };
}
