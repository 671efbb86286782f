/** True when a line ends as a sentence does: `.`, `?`, `!` or `…`, perhaps inside closing quotes. */
export function endsLikeSentence(line: string): boolean {
  return /[.?!。…]["”’'」』)\]]*$/u.test(line);
}

/**
 * True when a line is a numbered section title such as `1. 시 공공기관, 시정 청렴문화, 용역 등 공공
 * 분야`: a number, a full stop, a short title that is not a sentence.
 */
export function isNumberedHeading(line: string): boolean {
  return /^\d{1,2}\.\s+\S/u.test(line) && line.length <= 80 && !endsLikeSentence(line);
}

// A line that Markdown would read as a heading, block quote, list item or thematic break.
const BLOCK_SYNTAX = /^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|(?:[-*_]\s*){3,}$)/u;
const NUMBERED = /^(\d{1,9})([.)])(?=\s|$)/u;

/**
 * A paragraph of article text as Markdown: unchanged, except that a backslash keeps a leading `#`,
 * `>`, `- `, `---` or `1. ` from turning the text into a heading, quote, list or rule.
 */
export function paragraphMarkdown(line: string): string {
  const numbered = NUMBERED.exec(line);
  if (numbered?.[1]) return `${numbered[1]}\\${line.slice(numbered[1].length)}`;
  return BLOCK_SYNTAX.test(line) ? `\\${line}` : line;
}

/** A section title as a level-2 Markdown heading. */
export function headingMarkdown(line: string): string {
  return `## ${line}`;
}
