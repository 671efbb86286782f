import type { ParsedArticle } from "../articles/parseArticle.ts";
import type { ContentProblem } from "../errors.ts";
import { lineInBlock as lineAt, type TextBlock } from "../markdown/parseBody.ts";
import type { Quote } from "../schemas/quote.ts";
import { attribute, personAttribution, type Attribution, type SpeakerFinder } from "./attribution.ts";
import { lateAttributions } from "./lateAttributions.ts";
import { peopleNamedIn } from "./people.ts";
import { quoteId } from "./quoteId.ts";
import { reportingVerb } from "./reportingVerb.ts";
import { scanSpans, type SpanIssue } from "./scanSpans.ts";
import { sentenceEnds } from "./sentences.ts";
import { soundbiteLabel } from "./soundbiteLabel.ts";
import { notSpeech } from "./notSpeech.ts";
import { groupStatements, type StatementSpans } from "./statements.ts";
import { anotherPlace } from "./officeHolder.ts";
import { Thread } from "./thread.ts";
import { parseArchiveDate } from "../dates/kst.ts";

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

// Quote marks, brackets and spaces do not make a line different (`김예시 "…"` repeats `김예시 “…”`).
const foldLine = (text: string): string => text.replace(/^\s*\[[^\]]*\]/u, "").replace(/[\s“”"'‘’]/gu, "");

/** Whether a body line is the headline again. */
function sameLine(text: string, title: string): boolean {
  const folded = foldLine(text);
  return folded.length > 0 && folded === foldLine(title);
}

/**
 * An office named alone (`광주시장은`) as a person: the one registered holder of that office on the
 * article's date, if the article also names them (or lists them in `speakers:`) and does not speak
 * of another place of the same name (`경기 광주시`). Likely, never certain; an undated article
 * resolves no office.
 */
function officeHolderOf(
  parsed: ParsedArticle,
  finder: SpeakerFinder,
  articleText: () => string,
): (office: string) => Attribution | null {
  const { article } = parsed;
  const date = article.published === null ? null : parseArchiveDate(article.published);
  return (office) => {
    if (date === null || typeof date === "string") return null;
    const holder = finder.holderOf(office, date.kstDate);
    if (!holder) return null;
    const text = articleText();
    if (anotherPlace(holder.organisation, text)) return null;
    if (!article.speakers.includes(holder.speaker) && !finder.names(holder.speaker, text)) return null;
    return {
      speaker: holder.speaker,
      speakerName: finder.nameOf(holder.speaker) ?? office,
      method: "role",
      level: "likely",
      cue: office,
      candidate: null,
      source: "person",
    };
  };
}

/** An interviewer's question line (`― 첫 과제는 무엇입니까?`, `Q. …?`): the answer after it is the interviewee's. */
function isQuestion(text: string): boolean {
  return /^\s*(?:[―—]|Q[.:)]\s?|문[.:)]\s)/u.test(text);
}

/** A short line with no sentence and no quote (`광고 로드중`, a section label): it does not break the thread. */
function isFurniture(text: string): boolean {
  return text.length < 30 && !/[“”"]/u.test(text) && !/[다요]\.?\s*$/u.test(text);
}

/** A block of display copy: no sentence of running text outside its quotes (a deck line, a pull-quote). */
function isDisplayCopy(text: string, statements: readonly StatementSpans[]): boolean {
  const outside = statements.reduce((rest, s) => rest.replace(s.context, ""), text).trim();
  return (
    text.length <= 200 && !/[다요]\.?(?:\s|$)/u.test(outside) && statements.every((s) => !/다\.?\s*$/u.test(s.tail))
  );
}

/**
 * Finds every direct quote of an article: the headline's and the deck's (kept apart, as `headline`) and the
 * body's, grouped into statements, attributed to speakers with how sure that is, with their reporting
 * verbs, positions and sentences. Never drops a quote: odd marks come back as warnings (and uncertain
 * speakers are reported by `attributionWarnings` once the editor's corrections are applied).
 */
export function extractQuotes(parsed: ParsedArticle, finder: SpeakerFinder): Extraction {
  const { article } = parsed;
  const taken = new Set<string>();
  const quotes: Quote[] = [];
  const warnings: ContentProblem[] = [];
  // Statements of display copy at the top of the body (pull-quotes, summary lines): headline-like.
  const display = new Set<string>();

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
        level: who.level,
        cue: who.cue,
        candidate: who.candidate,
        source: who.source,
        policies: [],
        topics: [],
        topicBasis: "article",
        headlineMatch: null,
        cluster: null,
      });
    });
  };

  // The people the article names, found only when a reference (`강 시장은`, `그는`) needs them.
  let named: string[] | undefined;
  // The article's texts (headline, deck, body), and all of them as one, each made once when first needed.
  const texts = [article.title, ...article.deck, ...parsed.body.blocks.map((block) => block.text)];
  let fullText: string | undefined;
  const articleText = (): string => (fullText ??= texts.join("\n"));
  const people = (): string[] => (named ??= peopleNamedIn(texts));
  const officeHolder = officeHolderOf(parsed, finder, articleText);
  const vouched = (speaker: string): boolean =>
    article.speakers.includes(speaker) || finder.names(speaker, articleText());
  const context = { finder, people, previous: () => null, near: () => false, headline: true, officeHolder, vouched };

  // The headline and the deck (subtitle and summary lines) are the article's display copy: their
  // quotes are kept apart from the body's, as `headline` quotes.
  let headlineSpeaker: Attribution | null = null;
  // A placeholder title (the importer found no headline) is the lead's words, which stay in the body.
  const placeholderTitle = article.review.some((item) => item.field === "title");
  const displayLines = placeholderTitle ? article.deck : [article.title, ...article.deck];
  displayLines.forEach((line, lineIndex) => {
    const { spans } = scanSpans(line);
    for (const statement of groupStatements(line, spans, [])) {
      let who = attribute(statement.head, statement.tail, context);
      if (lineIndex === 0 && !placeholderTitle && who.level !== "unconfirmed" && who.source === "person")
        headlineSpeaker ??= who;
      // A deck line's quote with no speaker of its own is the headline speaker's (`“…”` under `김예시 “…”`).
      else if ((who.method === "carried" || who.method === "unknown") && headlineSpeaker)
        who = { ...headlineSpeaker, method: "headline", level: "likely", cue: null };
      emit(statement, line, who, { kind: "headline" });
    }
  });

  const blocks = parsed.body.blocks;
  const thread = new Thread(
    blocks.map((block) => (isQuestion(block.text) || isFurniture(block.text) ? 0 : 1)),
    { finder, people, vouched, officeHolder },
  );
  blocks.forEach((block, index) => {
    const { spans, issues } = scanSpans(block.text);
    for (const issue of issues)
      warnings.push(
        warning(article.file, lineAt(block, issue.index), ISSUE_TEXT[issue.kind].message, ISSUE_TEXT[issue.kind].fix),
      );
    // The headline printed again in the body (a portal copy's repeat) is not a new quote.
    if (!placeholderTitle && sameLine(block.text, article.title)) return;
    const statements = groupStatements(block.text, spans, sentenceEnds(block.text, spans));
    const label = soundbiteLabel(blocks[index - 1]?.text ?? "");
    const displayBlock = statements.length > 0 && isDisplayCopy(block.text, statements);
    const bodyContext = {
      finder,
      people,
      officeHolder,
      vouched,
      previous: () => thread.previous(),
      near: () => thread.near(index),
      headline: false,
    };
    let cursor = 0;
    for (const statement of statements) {
      const why = notSpeech(statement, block.text);
      if (why === "written")
        warnings.push(
          warning(
            article.file,
            lineAt(block, statement.spans[0]?.start ?? 0),
            "quoted words that the sentence says were written (a rule, a title, a slogan) are not listed as a quote",
            "if they are someone's speech, add them with `quotes: add:`",
          ),
        );
      if (why !== null) continue;
      // Whoever the text names as a subject between the last quote and this one is who a
      // continuation word, a pronoun or a subjectless sentence refers to.
      thread.add(block.text.slice(cursor, statement.start), index);
      let who = attribute(statement.head, statement.tail, bodyContext);
      // A second statement of a sentence whose subject stands before the first (`윤 시장은 “…”는 질문에 “…”라고`).
      if ((who.method === "carried" || who.method === "unknown") && statement.sentenceHead !== statement.head) {
        const whole = attribute(statement.sentenceHead, statement.tail, bodyContext);
        if (whole.level !== "unconfirmed") who = whole;
      }
      const atTop = displayBlock && headlineSpeaker !== null && !thread.namedSomeone();
      if (who.method === "carried" && label)
        who = personAttribution(label.person, finder, "label", "certain", label.cue);
      else if ((who.method === "carried" || who.method === "unknown") && atTop && headlineSpeaker)
        who = { ...headlineSpeaker, method: "headline", level: "likely", cue: null };
      if (who.level !== "unconfirmed" && who.source === "person") thread.set(who, index);
      // An office, an anonymous source or an organisation ends what carries over.
      else if (who.source !== "person" && who.method !== "carried" && who.method !== "question")
        thread.set(null, index);
      emit(statement, block.text, who, { kind: "body", block, index });
      if (displayBlock && !thread.namedSomeone()) display.add(quotes.at(-1)?.statement ?? "");
      cursor = statement.end;
    }
    thread.add(block.text.slice(cursor), index);
  });
  return { quotes: lateAttributions(quotes, display), warnings };
}
