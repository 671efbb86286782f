// Most article bodies are plain prose: paragraphs separated by blank lines, perhaps with `## `
// headings and bracketed bylines (`[광주일보=홍길동 기자]`), and no other Markdown. For those, the
// tree remark would make is written out directly: exactly what remark makes (tests compare the two
// on every body at hand and on generated ones), at a small fraction of the cost. remark's tokenizer
// was a large part of the work of checking an archive.
import type { Heading, Paragraph, Root } from "mdast";

/**
 * Characters that can start or take part in Markdown syntax anywhere in a line (emphasis, code,
 * HTML and autolinks, entities, escapes, strikethrough, tables), control characters, carriage
 * returns and tabs. A body holding any of them goes to remark.
 */
const SYNTAX_ANYWHERE = /[*_`<>&\\~|\u0000-\u0009\u000b-\u001f\u007f]/u;

/**
 * Line starts that open a block other than a paragraph or a plain heading (list items, thematic
 * breaks, setext underlines, indented code, block quotes), and lines ending in white space (hard
 * breaks): a body with any of them goes to remark.
 */
const SYNTAX_AT_LINE = /(?:^|\n)(?:[ +=-]|\d{1,9}[.)])|[ \t](?:\n|$)/u;

/** Brackets that make links, images, references or footnotes; brackets alone are text. */
const LINK_SYNTAX = /\]\(|\]\[|\]:|!\[|\[\^/u;

/** An ATX heading of one line: `#`s, one space, and text that neither starts nor ends with `#` or a space. */
const HEADING = /^(#{1,6}) [^\s#](?:[^\n#]*[^\s#])?$/u;

/**
 * Whether `body` (LF line ends) is plain prose, whose tree {@link plainProseTree} makes. A body
 * opening with a byte-order mark is not: remark drops the mark and reads the line after it.
 */
export function isPlainProse(body: string): boolean {
  if (body.charCodeAt(0) === 0xfeff) return false;
  if (SYNTAX_ANYWHERE.test(body) || SYNTAX_AT_LINE.test(body) || LINK_SYNTAX.test(body)) return false;
  if (!body.includes("#")) return true;
  // A `#` is allowed only as the opening of a plain heading line.
  return body.split("\n").every((line) => !line.includes("#") || HEADING.test(line));
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

const point = (line: number, column: number, offset: number): Point => ({ line, column, offset });

/**
 * The mdast tree of plain prose, as remark-parse makes it: headings, and a paragraph of one text
 * node per run of other non-blank lines (joined by `\n`), with positions. Only for bodies
 * {@link isPlainProse} accepts.
 */
export function plainProseTree(body: string): Root {
  const children: (Paragraph | Heading)[] = [];
  let line = 1;
  let start: Point | undefined;
  let end: Point | undefined;
  const closeParagraph = (): void => {
    if (!start || !end) return;
    const value = body.slice(start.offset, end.offset);
    children.push({
      type: "paragraph",
      children: [{ type: "text", value, position: { start: { ...start }, end: { ...end } } }],
      position: { start, end },
    });
    start = undefined;
    end = undefined;
  };
  for (let offset = 0; offset <= body.length; line += 1) {
    const next = body.indexOf("\n", offset);
    const lineEnd = next < 0 ? body.length : next;
    const width = lineEnd - offset;
    if (width === 0) closeParagraph();
    else if (body.charCodeAt(offset) === 35 /* # */) {
      closeParagraph();
      const depth = body.indexOf(" ", offset) - offset;
      const lineEndPoint = point(line, width + 1, lineEnd);
      children.push({
        type: "heading",
        depth: depth as Heading["depth"],
        children: [
          {
            type: "text",
            value: body.slice(offset + depth + 1, lineEnd),
            position: { start: point(line, depth + 2, offset + depth + 1), end: { ...lineEndPoint } },
          },
        ],
        position: { start: point(line, 1, offset), end: lineEndPoint },
      });
    } else {
      start ??= point(line, 1, offset);
      end = point(line, width + 1, lineEnd);
    }
    if (next < 0) break;
    offset = next + 1;
  }
  closeParagraph();
  return {
    type: "root",
    children,
    position: { start: point(1, 1, 0), end: point(line, body.length - body.lastIndexOf("\n"), body.length) },
  };
}
