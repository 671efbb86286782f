import type { QuoteSpan } from "./scanSpans.ts";

const SENTENCE_END = /[.!?。](?=\s|$)/gu;

/** Indexes just after each sentence end of a block, ignoring full stops inside quoted spans. */
export function sentenceEnds(text: string, spans: readonly QuoteSpan[]): number[] {
  const inside = (index: number): boolean => spans.some((s) => index >= s.start && index < s.end);
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1).filter((end) => !inside(end - 1));
}

/** The start of the sentence holding `index`: just after the previous sentence end, spaces skipped. */
export function sentenceStart(text: string, ends: readonly number[], index: number): number {
  let start = 0;
  for (const end of ends) if (end <= index) start = end;
  while (start < index && /\s/u.test(text[start] ?? "")) start += 1;
  return start;
}

/** The end of the sentence holding `index`: just after the next sentence end, or the block's end. */
export function sentenceEnd(text: string, ends: readonly number[], index: number): number {
  return ends.find((end) => end > index) ?? text.length;
}
