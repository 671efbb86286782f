import type { ParsedArticle } from "../articles/parseArticle.ts";
import type { ContentProblem } from "../errors.ts";
import { lineInBlock as lineAt, type TextBlock } from "../markdown/parseBody.ts";
import type { Quote } from "../schemas/quote.ts";
import { attribute, peopleNamedIn, type Attribution, type SpeakerFinder } from "./attribution.ts";
import { quoteId } from "./quoteId.ts";
import { reportingVerb } from "./reportingVerb.ts";
import { scanSpans, type SpanIssue } from "./scanSpans.ts";
import { sentenceEnds } from "./sentences.ts";
import { groupStatements, type StatementSpans } from "./statements.ts";

/** The quotes found in one article, and what the editor should look at. */
export interface Extraction {
  /** Quotes: the headline's first, then the body's in reading order. */
  quotes: Quote[];
  /** Odd quote marks: unclosed, mixed, or a closing mark with no opening. */
  warnings: ContentProblem[];
}

const ISSUE_TEXT: Record<SpanIssue["kind"], { message: string; fix: string }> = {
  unclosed: {
    message: "a quote is opened but never closed; it was kept, ending where the quoting particle suggests",
    fix: "add the closing ” where the quote ends (or list the span under `quotes: exclude:`)",
  },
  mixed: {
    message: 'a quote opened with one kind of mark is closed with another (“…" or "…”)',
    fix: "use “ and ” for the pair, unless the source prints it so (then leave it: the quote is kept)",
  },
  "stray-close": {
    message: "a closing ” has no opening mark before it",
    fix: "add the opening “ where the quote starts",
  },
};

function warning(file: string, line: number, message: string, fix: string): ContentProblem {
  return { file, line, message, fix, severity: "warning" };
}

/**
 * Finds every direct quote of an article: the headline's and the deck's (kept apart, as `headline`) and the
 * body's, grouped into statements, attributed to speakers, with their reporting verbs, positions
 * and sentences. Never drops a quote: odd marks come back as warnings (and uncertain speakers are
 * reported by `attributionWarnings` once the editor's corrections are applied).
 */
export function extractQuotes(parsed: ParsedArticle, finder: SpeakerFinder): Extraction {
  const { article } = parsed;
  const taken = new Set<string>();
  const quotes: Quote[] = [];
  const warnings: ContentProblem[] = [];

  const emit = (
    statement: StatementSpans,
    text: string,
    who: Attribution,
    where: { kind: "body" | "headline"; block?: TextBlock; index?: number },
  ): void => {
    const verb = reportingVerb(statement.tail, where.kind === "headline");
    let statementId = "";
    statement.spans.forEach((span, part) => {
      const words = text.slice(span.textStart, span.textEnd).trim();
      const id = quoteId(article.id, where.kind, words, taken);
      statementId ||= id;
      quotes.push({
        id,
        text: words,
        speaker: who.speaker,
        speakerName: who.speakerName,
        article: article.id,
        published: article.published,
        kind: where.kind,
        statement: statementId,
        part,
        verb,
        position: where.block
          ? {
              line: lineAt(where.block, span.start),
              offset: where.block.offset + span.start,
              paragraph: where.index ?? 0,
            }
          : null,
        context: statement.context,
        origin: "extracted",
        attribution: who.method,
        policies: [],
      });
    });
  };

  // The people the article names, found only if a short reference (`강 시장은`) needs them.
  let named: string[] | undefined;
  const people = (): string[] =>
    (named ??= peopleNamedIn([article.title, ...article.deck, ...parsed.body.blocks.map((block) => block.text)]));
  // The headline and the deck (subtitle and summary lines) are the article's display copy: their
  // quotes are kept apart from the body's, as `headline` quotes.
  for (const line of [article.title, ...article.deck]) {
    const { spans } = scanSpans(line);
    for (const statement of groupStatements(line, spans, [])) {
      const who = attribute(statement.head, statement.tail, null, finder, people);
      emit(statement, line, who, { kind: "headline" });
    }
  }

  let previous: Attribution | null = null;
  parsed.body.blocks.forEach((block, index) => {
    const { spans, issues } = scanSpans(block.text);
    for (const issue of issues)
      warnings.push(
        warning(article.file, lineAt(block, issue.index), ISSUE_TEXT[issue.kind].message, ISSUE_TEXT[issue.kind].fix),
      );
    for (const statement of groupStatements(block.text, spans, sentenceEnds(block.text, spans))) {
      const who = attribute(statement.head, statement.tail, previous, finder, people);
      if (who.speakerName !== null) previous = who;
      // After an office named on its own, whoever spoke before is not carried to what follows.
      else if (who.office !== undefined) previous = null;
      emit(statement, block.text, who, { kind: "body", block, index });
    }
  });
  return { quotes, warnings };
}
