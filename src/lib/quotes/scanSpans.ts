/** A double-quoted span found in a block of text. Indexes are UTF-16 offsets into that text. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  start: number;
  /** Index just after the closing mark, or just after the quoted text when the quote is unclosed. */
  end: number;
  /** Index of the first quoted character. */
  textStart: number;
  /** Index just after the last quoted character. */
  textEnd: number;
  /** The opening mark: `“` or `"`, or `”` where the source reverses its marks (`” …“고`). */
  open: string;
  /** The closing mark, or null when the quote was never closed. */
  close: string | null;
}

/** Something odd about the quote marks of a block, reported to the editor. */
export interface SpanIssue {
  kind: "unclosed" | "mixed" | "stray-close";
  /** Index of the mark concerned. */
  index: number;
}

const OPENING = new Set(["\u201C", '"']);
const CLOSING = new Set(["\u201D", '"']);

// Where an unclosed quote most likely ended: the last sentence-final ending (다, 요, 까, 죠, and
// the requests 달라, 하라, 가자, 하자…) directly followed by a quoting particle (고, 며, 면서, 라고,
// 라며) and a space.
const QUOTATIVE_END = /(?:[다요까죠]|[달하보가마]라|[가하보내주말]자)\.?(?=(?:고|며|면서|라고|라며|라면서)\s)/gu;

// A quoting particle right after a mark makes that mark a closing one (`…했다”고`, `…다“며`).
const QUOTING_PARTICLE = /^(?:고|라고|라며|라면서|며|면서|이라고|이라며|이라면서|라는|이라는|는|란|이란)(?=[\s,.]|$)/u;
const closesHere = (text: string, index: number): boolean => QUOTING_PARTICLE.test(text.slice(index + 1, index + 7));

/** The next quote mark after `from` closes a quote opened by a reversed `”` (it has a quoting particle after it). */
function reversedOpening(text: string, from: number): boolean {
  const next = /[“”"]/u.exec(text.slice(from + 1));
  return next !== null && closesHere(text, from + 1 + next.index);
}

function unclosedEnd(text: string, from: number, limit: number): number {
  let end = limit;
  for (const match of text.slice(from, limit).matchAll(QUOTATIVE_END)) end = from + match.index + match[0].length;
  while (end > from && /\s/u.test(text[end - 1] ?? "")) end -= 1;
  return end;
}

/**
 * Finds the double-quoted spans of one block: curly “…”, straight "…", and mixed pairs (“…").
 * Single quotes ‘…’ are emphasis or titles and stay inside the text. An unclosed quote is kept,
 * ending where a quoting particle suggests (or at the next opening mark, or the end of the block),
 * and reported; so is a mixed pair and a closing mark with no opening.
 */
export function scanSpans(text: string): { spans: QuoteSpan[]; issues: SpanIssue[] } {
  const spans: QuoteSpan[] = [];
  const issues: SpanIssue[] = [];
  let open: { index: number; mark: string } | null = null;
  const closeUnclosed = (limit: number): void => {
    if (!open) return;
    issues.push({ kind: "unclosed", index: open.index });
    const textEnd = unclosedEnd(text, open.index + 1, limit);
    if (textEnd > open.index + 1)
      spans.push({ start: open.index, end: textEnd, textStart: open.index + 1, textEnd, open: open.mark, close: null });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    if (open === null) {
      // A straight mark with a quoting particle after it closes a quote that was never opened.
      if (ch === '"' && closesHere(text, i)) issues.push({ kind: "stray-close", index: i });
      else if (OPENING.has(ch)) open = { index: i, mark: ch };
      else if (ch === "\u201D" && reversedOpening(text, i)) {
        issues.push({ kind: "mixed", index: i });
        open = { index: i, mark: ch };
      } else if (ch === "\u201D") issues.push({ kind: "stray-close", index: i });
    } else if (CLOSING.has(ch) || (ch === "\u201C" && closesHere(text, i))) {
      if (open.mark !== (ch === '"' ? '"' : "\u201C") || ch === "\u201C") issues.push({ kind: "mixed", index: i });
      if (i > open.index + 1)
        spans.push({
          start: open.index,
          end: i + 1,
          textStart: open.index + 1,
          textEnd: i,
          open: open.mark,
          close: ch,
        });
      open = null;
    } else if (ch === "\u201C") {
      closeUnclosed(i);
      open = { index: i, mark: ch };
    }
  }
  closeUnclosed(text.length);
  return { spans, issues };
}
