import type { QuoteSpan } from "./scanSpans.ts";
import { sentenceEnd, sentenceStart } from "./sentences.ts";

/** Quoted spans that form one statement, with the sentence text around them. */
export interface StatementSpans {
  /** The spans, in order. */
  spans: QuoteSpan[];
  /** Text of the sentence before the first span (where a speaker is usually named). */
  head: string;
  /** Text of the sentence after the last span (the quoting particle and the reporting verb). */
  tail: string;
  /** The whole sentence, for context. */
  context: string;
  /**
   * The sentence's text before the first span, earlier statements' quoted words blanked: where the
   * subject stands when a sentence holds two statements (`김 시장은 “…”는 질문에 “…”라고 답했다`).
   */
  sentenceHead: string;
  /** Where the head starts in the block's text (the sentence start, or just after the statement before). */
  start: number;
  /** Just after the last span's closing mark. */
  end: number;
}

// What may stand between two spans of one statement: a short connective such as 면서, 며, 라며,
// 고 말하면서 — Hangul only, at most two short words, no sentence end.
const CONNECTIVE = /^[가-힣]{1,4}(?:\s[가-힣]{1,5})?$/u;
// …unless it says the first was a question (`“…”는 질문에 “…”`): then they are two speakers' words.
const QUESTION = /질문|물음|질의|묻자|물었/u;

/** Groups a block's spans into statements (`“…”면서 “…”고 주문했다` is one) and cuts their sentences. */
export function groupStatements(text: string, spans: readonly QuoteSpan[], ends: readonly number[]): StatementSpans[] {
  const groups: QuoteSpan[][] = [];
  for (const span of spans) {
    const current = groups.at(-1);
    const previous = current?.at(-1);
    const between = previous ? text.slice(previous.end, span.start) : "";
    const sameSentence = previous !== undefined && !ends.some((end) => end > previous.end && end <= span.start);
    if (current && previous && sameSentence && CONNECTIVE.test(between.trim()) && !QUESTION.test(between))
      current.push(span);
    else groups.push([span]);
  }
  return groups.map((group, index) => {
    const first = group[0] as QuoteSpan;
    const last = group.at(-1) as QuoteSpan;
    const start = sentenceStart(text, ends, first.start);
    const end = sentenceEnd(text, ends, Math.max(last.end - 1, first.start));
    // Two statements in one sentence: each one's head and tail stop at the other's quotes.
    const headStart = Math.max(start, groups[index - 1]?.at(-1)?.end ?? 0);
    const tailEnd = Math.min(end, groups[index + 1]?.[0]?.start ?? text.length);
    return {
      spans: group,
      head: text.slice(headStart, first.start),
      tail: text.slice(last.end, tailEnd),
      context: text.slice(start, end).trim(),
      sentenceHead: text.slice(start, first.start).replace(/[“"][^“”"]*[”"]/gu, (quoted) => " ".repeat(quoted.length)),
      start: headStart,
      end: last.end,
    };
  });
}
