// Limits on the shape of a Markdown body, checked in one linear pass before remark parses it.
// remark (micromark, mdast-util-to-hast) and parse5 recurse once per level of nesting, so a few
// kilobytes of `>>>>…`, `- - - …` or `<div><div>…` overflow the stack; and some shapes make them
// slow far beyond their size: unclosed emphasis markers, nested images and code-span openers are
// matched against everything before or after them, and each new list item or quote after a
// closed one copies every event parsed so far. No article nests more than a few levels or holds
// more than a few hundred list items, so the caps below are far above any real body and far
// below where the parser breaks (each case's outcome without the limits: tests/parser/hostileBodies.test.ts).
import type { Root, RootContent } from "mdast";
import { problem, type ContentProblem } from "../errors.ts";

/** The caps, chosen well above real articles and well below where the parser crashes or crawls. */
export const BODY_LIMITS = {
  /**
   * Block quotes and list items one line may sit in. A line of 800 list markers or 1,500 `>`
   * overflows the stack, and a few hundred nested list items already crawl; 64 levels parse quickly.
   */
  containerDepth: 64,
  /**
   * Opened raw HTML elements (counting the rows and cells a `<table>` implies). parse5 and the HTML
   * tree recurse once per element; 2,000 nested `<div>` overflow the stack.
   */
  htmlDepth: 64,
  /**
   * Runs of `*` or `_` in one paragraph. Each closing run is matched against every earlier one,
   * so time grows with the square of their number, and they can nest (1,600 nested `*` overflow
   * the stack). At the cap that work is still small.
   */
  emphasisRuns: 500,
  /** The squares of the paragraphs' emphasis runs, summed over the body: about ten paragraphs at the cap. */
  emphasisWork: 2_500_000,
  /** Unclosed `[` in one paragraph at once: nested images are matched in quadratic time. */
  bracketDepth: 64,
  /**
   * Backtick runs in a paragraph times its length, summed over the body: an unmatched run makes
   * the parser look for its closer up to the paragraph's end, so runs of ever longer ticks make
   * its time grow with the square of the body; at the cap it stays quick.
   */
  codeSpanWork: 20_000_000,
  /**
   * The parser's work on lists and quotes, estimated as the events (about 4 a line and 8 a marker)
   * parsed before each line that opens a list item or quote, summed: micromark copies them all
   * when such a line closes a container, so a few thousand one-line quotes separated by blank
   * lines (a few dozen kB) stall it; the cap is about 800 list items, or 700 such quotes.
   */
  containerWork: 4_000_000,
} as const;

/** Where and why a body goes beyond a limit, for a ContentError. */
export interface BodyLimitProblem {
  /** 1-based line in the body (not the file) where the limit is passed. */
  line: number;
  /** What is wrong. */
  message: string;
  /** What the editor should do. */
  fix: string;
}

/**
 * Thrown by the Markdown functions for a body they must not or could not parse or render (see
 * {@link BODY_LIMITS}); the article parser turns it into a ContentError naming the file.
 */
export class BodyLimitError extends Error {
  /** 1-based line in the file, when known. */
  readonly line: number | undefined;
  /** What the editor should do. */
  readonly fix: string;

  constructor(message: string, fix: string, line?: number) {
    super(message);
    this.name = "BodyLimitError";
    this.line = line;
    this.fix = fix;
  }
}

/** The BodyLimitError for a RangeError that escaped the Markdown pipeline (the limits should prevent it). */
function brokeOn(error: RangeError, line: number | undefined): BodyLimitError {
  return new BodyLimitError(
    `the Markdown parser broke on the body (${error.message}): it is too deeply nested or too large`,
    "look for long runs of repeated Markdown syntax (`>`, `-`, `*`, `_`, `[`, backticks, HTML tags) and remove them",
    line,
  );
}

/**
 * Runs a step of the Markdown pipeline, turning a RangeError that escapes it (the stack or a
 * string overflowing, which the limits should prevent) into a {@link BodyLimitError}.
 */
export function guardingRange<T>(run: () => T, line?: number): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof RangeError ? brokeOn(error, line) : error;
  }
}

/**
 * The content problem for `error` when it is a {@link BodyLimitError} (or a RangeError) from the
 * body of `file`, which starts on `bodyLine`; undefined for any other error, which the caller
 * rethrows.
 */
export function bodyLimitContentProblem(error: unknown, file: string, bodyLine: number): ContentProblem | undefined {
  const limit = error instanceof RangeError ? brokeOn(error, bodyLine) : error;
  if (!(limit instanceof BodyLimitError)) return undefined;
  return problem({ file, line: limit.line ?? bodyLine, field: "body" }, limit.message, limit.fix);
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const GT = 62;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiAlnum = (code: number): boolean =>
  isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isBreakChar = (code: number): boolean => code === 45 /* - */ || code === 42 /* * */ || code === 95; /* _ */

/** Container markers at the start of a line: block quotes, list items, and its indentation in columns. */
interface LinePrefix {
  quotes: number;
  items: number;
  indent: number;
}

/**
 * Where the line `body[start, end)` ends in a thematic break (`- - -`, `* * *`, `___`): the index
 * from which it holds only one marker character and spaces, or `end` when it does not.
 */
function thematicBreakStart(body: string, start: number, end: number): number {
  let i = end;
  while (i > start && (body.charCodeAt(i - 1) === SPACE || body.charCodeAt(i - 1) === TAB)) i -= 1;
  const marker = i > start ? body.charCodeAt(i - 1) : 0;
  if (!isBreakChar(marker)) return end;
  let count = 0;
  while (i > start) {
    const code = body.charCodeAt(i - 1);
    if (code === marker) count += 1;
    else if (code !== SPACE && code !== TAB) break;
    i -= 1;
  }
  // The break starts at its first marker character.
  while (i < end && body.charCodeAt(i) !== marker) i += 1;
  return count >= 3 ? i : end;
}

/** Whether `body[from, end)`, one marker character and spaces only, holds three markers or more. */
function isThematicBreakFrom(body: string, from: number, end: number): boolean {
  const marker = body.charCodeAt(from);
  let count = 0;
  for (let i = from; i < end && count < 3; i += 1) if (body.charCodeAt(i) === marker) count += 1;
  return count >= 3;
}

/** Reads the block-quote and list-item markers a line starts with (never fewer than remark sees). */
function linePrefix(body: string, start: number, end: number): LinePrefix {
  const prefix: LinePrefix = { quotes: 0, items: 0, indent: 0 };
  const breakStart = thematicBreakStart(body, start, end);
  let markersInBreak = 0;
  let i = start;
  while (i < end) {
    const code = body.charCodeAt(i);
    if (code === SPACE) {
      prefix.indent += 1;
      i += 1;
      continue;
    }
    if (code === TAB) {
      prefix.indent += 4;
      i += 1;
      continue;
    }
    if (code === GT) {
      prefix.quotes += 1;
      i += 1;
      continue;
    }
    let after = i;
    if (code === 45 /* - */ || code === 43 /* + */ || code === 42 /* * */) after = i + 1;
    else if (isDigit(code)) {
      let digits = i;
      while (digits < end && digits - i < 9 && isDigit(body.charCodeAt(digits))) digits += 1;
      const mark = body.charCodeAt(digits);
      if (mark === 46 /* . */ || mark === 41 /* ) */) after = digits + 1;
    }
    const next = after < end ? body.charCodeAt(after) : LF;
    if (after === i || (next !== SPACE && next !== TAB && next !== LF)) break;
    // `- - -` and `* * *` are a thematic break, not three list items: the rest of the line, from
    // here, is one when it holds three of its markers or more.
    if (i >= breakStart) {
      if (markersInBreak === 0 && isThematicBreakFrom(body, i, end)) break;
      markersInBreak += 1;
    }
    prefix.items += 1;
    i = after;
  }
  return prefix;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

function describeDepth(prefix: LinePrefix, indentLevels: number): string {
  return [
    prefix.quotes > 0 ? `${plural(prefix.quotes, "block quote marker")} (\`>\`)` : "",
    prefix.items > 0 ? `${plural(prefix.items, "list marker")} (\`-\`, \`*\`, \`1.\`)` : "",
    indentLevels > 0 ? `indentation under ${plural(indentLevels, "earlier list item")}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

const STRAY_EMPHASIS_FIX =
  "remove the stray `*` and `_` (escape one meant as text as `\\*`), or split the paragraph with blank lines";

/**
 * Checks a Markdown body (LF line ends) against {@link BODY_LIMITS} in one pass, without parsing
 * it: nesting of block quotes and lists, emphasis runs, brackets and code-span openers per
 * paragraph, and the list and quote work. Returns the first limit passed, or undefined. Its
 * estimates are never below what remark would build, so a body it accepts cannot nest deeper.
 */
export function bodyLimitProblem(body: string): BodyLimitProblem | undefined {
  const limits = BODY_LIMITS;
  let line = 0;
  let itemsBefore = 0;
  let events = 0;
  let containerWork = 0;
  let codeSpanWork = 0;
  let emphasisWork = 0;
  // The paragraph being read: the lines since the last blank one.
  let emphasisRuns = 0;
  let bracketDepth = 0;
  let backtickRuns = 0;
  let paragraphStart = 0;
  for (let start = 0; start <= body.length;) {
    line += 1;
    const newline = body.indexOf("\n", start);
    const end = newline < 0 ? body.length : newline;

    const prefix = linePrefix(body, start, end);
    // Indentation nests only under list items opened before, each taking two columns or more.
    const indentLevels = Math.min(Math.floor(prefix.indent / 2), itemsBefore);
    const depth = prefix.quotes + prefix.items + indentLevels;
    if (depth > limits.containerDepth) {
      return {
        line,
        message: `this line nests ${depth} levels deep (more than ${limits.containerDepth}): ${describeDepth(prefix, indentLevels)}`,
        fix: "remove the repeated `>` or list markers at the start of the line, or its indentation: an article nests a few levels at most",
      };
    }
    const markers = prefix.quotes + prefix.items;
    itemsBefore += prefix.items;
    if (markers > 0) {
      containerWork += events;
      if (containerWork > limits.containerWork) {
        return {
          line,
          message: `the body holds too many separate list items and block quotes for its length (by line ${line}): each makes the Markdown parser copy everything parsed before it, which takes too long`,
          fix: "split the article, or write the items as plain paragraphs without `-`, `*`, `1.` or `>` at the start of their lines",
        };
      }
    }
    events += 4 + 8 * markers + 2 * indentLevels;

    let blank = true;
    for (let i = start; i < end; i += 1) {
      const code = body.charCodeAt(i);
      if (code === SPACE || code === TAB) continue;
      blank = false;
      if (code === 42 /* * */ || code === 95 /* _ */) {
        const before = i > start ? body.charCodeAt(i - 1) : LF;
        if (before === code) continue;
        let after = i + 1;
        while (after < end && body.charCodeAt(after) === code) after += 1;
        // An underscore inside a word (`snake_case`, a URL) can never open or close emphasis.
        if (code === 95 && isAsciiAlnum(before) && after < end && isAsciiAlnum(body.charCodeAt(after))) continue;
        emphasisRuns += 1;
        if (emphasisRuns > limits.emphasisRuns) {
          return {
            line,
            message: `the paragraph reaching this line has more than ${limits.emphasisRuns} runs of \`*\` or \`_\`: the Markdown parser matches each against every other, which takes too long`,
            fix: STRAY_EMPHASIS_FIX,
          };
        }
        if (emphasisWork + emphasisRuns * emphasisRuns > limits.emphasisWork) {
          return {
            line,
            message: `the body has too many runs of \`*\` or \`_\` in its paragraphs (${emphasisRuns} in the one reaching this line): the Markdown parser matches each against every other in its paragraph, which takes too long`,
            fix: STRAY_EMPHASIS_FIX,
          };
        }
      } else if (code === 91 /* [ */) {
        bracketDepth += 1;
        if (bracketDepth > limits.bracketDepth) {
          return {
            line,
            message: `more than ${limits.bracketDepth} \`[\` are open at once on this line: the Markdown parser matches nested links and images in quadratic time`,
            fix: "remove the stray `[` or close each with `]`",
          };
        }
      } else if (code === 93 /* ] */) {
        if (bracketDepth > 0) bracketDepth -= 1;
      } else if (code === 96 /* ` */) {
        if (i === start || body.charCodeAt(i - 1) !== 96) backtickRuns += 1;
      }
    }
    if (codeSpanWork + backtickRuns * (end - paragraphStart) > limits.codeSpanWork) {
      return {
        line,
        message:
          "the body has too many backticks (`) in long paragraphs: the Markdown parser looks for each one's closing run up to the paragraph's end, which takes too long",
        fix: "remove the stray backticks, or pair each with a closing run of the same length",
      };
    }
    if (blank) {
      // A blank line ends the paragraph: its runs are counted, and the next starts afresh.
      codeSpanWork += backtickRuns * (end - paragraphStart);
      emphasisWork += emphasisRuns * emphasisRuns;
      emphasisRuns = 0;
      bracketDepth = 0;
      backtickRuns = 0;
      paragraphStart = end + 1;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return undefined;
}

/** HTML elements without content: never open. */
const VOID_ELEMENTS = new Set(
  "area base br col embed hr img input link meta source track wbr param keygen frame basefont bgsound image".split(" "),
);

/**
 * Elements a following sibling closes (a `<p>` closes an open `<p>`), or that never nest (`<body>`):
 * they add no depth of their own. Their nesting goes through another element, which is counted.
 */
const SELF_CLOSING_SIBLINGS = new Set(
  "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body".split(" "),
);

/** A `<table>` implies a body, a row and a cell before anything nests in it. */
const TABLE_WEIGHT = 4;

const isTagNameStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isHtmlSpace = (code: number): boolean =>
  code === SPACE || code === TAB || code === LF || code === 12 || code === 13;

/** Reads a tag's attributes as the HTML tokenizer does; returns the index after its `>`, and whether it self-closes. */
function skipAttributes(html: string, from: number): { end: number; selfClosing: boolean } {
  let i = from;
  let selfClosing = false;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 62 /* > */) return { end: i + 1, selfClosing };
    if (isHtmlSpace(code)) {
      i += 1;
      continue;
    }
    if (code === 47 /* / */) {
      selfClosing = html.charCodeAt(i + 1) === 62;
      i += 1;
      continue;
    }
    selfClosing = false;
    // An attribute name: up to a space, `/`, `>` or `=` (an `=` first is part of the name).
    i += 1;
    while (i < html.length) {
      const c = html.charCodeAt(i);
      if (isHtmlSpace(c) || c === 47 || c === 62 || c === 61) break;
      i += 1;
    }
    let j = i;
    while (j < html.length && isHtmlSpace(html.charCodeAt(j))) j += 1;
    if (html.charCodeAt(j) !== 61 /* = */) {
      i = j;
      continue;
    }
    j += 1;
    while (j < html.length && isHtmlSpace(html.charCodeAt(j))) j += 1;
    const quote = html.charCodeAt(j);
    if (quote === 34 || quote === 39) {
      const close = html.indexOf(String.fromCharCode(quote), j + 1);
      i = close < 0 ? html.length : close + 1;
    } else {
      i = j;
      while (i < html.length && !isHtmlSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i += 1;
    }
  }
  return { end: html.length, selfClosing };
}

/** The end of a comment that starts at `from` (just after `<!--`), as the HTML tokenizer ends it. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith(">", from)) return from + 1;
  if (html.startsWith("->", from)) return from + 2;
  const ends = [html.indexOf("-->", from), html.indexOf("--!>", from)].filter((i) => i >= 0);
  if (ends.length === 0) return html.length;
  const at = Math.min(...ends);
  return at + (html.startsWith("-->", at) ? 3 : 4);
}

/**
 * Checks how deep the raw HTML of a parsed body (its `html` nodes, in order) opens elements, as
 * parse5 will nest them when the body is rendered. An element is counted open until its own end
 * tag closes it while it is the innermost one, so the count is never below parse5's; comments are
 * skipped. Returns the first line (of the body) where {@link BODY_LIMITS}.htmlDepth is passed.
 */
export function htmlDepthProblem(tree: Root): BodyLimitProblem | undefined {
  const open: { name: string; weight: number }[] = [];
  let depth = 0;
  let foreign = 0;
  // Depth-first, in document order, without recursion.
  const stack: RootContent[] = [...tree.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as RootContent);
      continue;
    }
    if (node.type !== "html") continue;
    const html = node.value;
    const firstLine = node.position?.start.line ?? 1;
    for (let i = html.indexOf("<"); i >= 0 && i < html.length; i = html.indexOf("<", i)) {
      if (html.startsWith("<!--", i)) {
        i = commentEnd(html, i + 4);
        continue;
      }
      if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
        const close = html.indexOf(">", i);
        i = close < 0 ? html.length : close + 1;
        continue;
      }
      const closing = html.charCodeAt(i + 1) === 47; /* / */
      const nameStart = i + (closing ? 2 : 1);
      if (!isTagNameStart(html.charCodeAt(nameStart))) {
        i += 1;
        continue;
      }
      let nameEnd = nameStart + 1;
      while (nameEnd < html.length && !isHtmlSpace(html.charCodeAt(nameEnd)) && !"/>".includes(html.charAt(nameEnd))) {
        nameEnd += 1;
      }
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      const tag = skipAttributes(html, nameEnd);
      if (closing) {
        const top = open.at(-1);
        if (top?.name === name) {
          open.pop();
          depth -= top.weight;
          if (name === "svg" || name === "math") foreign -= 1;
        }
      } else if (!VOID_ELEMENTS.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && !(tag.selfClosing && foreign > 0)) {
        const weight = name === "table" ? TABLE_WEIGHT : 1;
        open.push({ name, weight });
        depth += weight;
        if (name === "svg" || name === "math") foreign += 1;
        if (depth > BODY_LIMITS.htmlDepth) {
          const line = firstLine + (html.slice(0, i).match(/\n/gu)?.length ?? 0);
          return {
            line,
            message: `the HTML on this line opens more than ${BODY_LIMITS.htmlDepth} elements inside one another (\`<${name}>\` and those before it are not closed)`,
            fix: "close each HTML element (`<div>` … `</div>`) or remove the HTML: an article's body is Markdown",
          };
        }
      }
      i = tag.end;
    }
  }
  return undefined;
}
