import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkParse from "remark-parse";
import { unified } from "unified";
import {
  BodyLimitError,
  bodyLimitProblem,
  guardingRange,
  htmlDepthProblem,
  type BodyLimitProblem,
} from "./bodyLimits.ts";
import { isPlainProse, plainProseTree } from "./plainProse.ts";

/** One block of body text (a paragraph, a heading, a list item) with where it starts in the file. */
export interface TextBlock {
  /** What kind of Markdown block it came from. */
  kind: "paragraph" | "heading" | "listItem" | "quoteBlock";
  /** Its text, Markdown syntax removed. */
  text: string;
  /** 1-based line in the Markdown file. */
  line: number;
  /** Where the block starts in the body's plain text. */
  offset: number;
}

/** The file line of a character of a block (a paragraph may span several lines). */
export function lineInBlock(block: TextBlock, index: number): number {
  return block.line + (block.text.slice(0, index).match(/\n/gu)?.length ?? 0);
}

/** A parsed body: the Markdown tree, its text blocks in reading order, and the plain text. */
export interface ParsedBody {
  /** The mdast tree, positions relative to the body. */
  tree: Root;
  /** Text blocks in reading order. */
  blocks: TextBlock[];
  /** The blocks' text joined by blank lines. */
  plainText: string;
}

const parser = unified().use(remarkParse).use(remarkCjkFriendly).freeze();

function collectBlocks(nodes: readonly RootContent[], lineOffset: number, inQuote: boolean, out: TextBlock[]): void {
  for (const node of nodes) {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type === "paragraph" || node.type === "heading") {
      const kind = inQuote ? "quoteBlock" : node.type;
      const text = toString(node, { includeHtml: false }).trim();
      if (text) out.push({ kind, text, line, offset: 0 });
    } else if (node.type === "list") {
      for (const item of node.children) {
        const text = toString(item, { includeHtml: false }).trim();
        if (text) out.push({ kind: "listItem", text, line: (item.position?.start.line ?? 1) + lineOffset, offset: 0 });
      }
    } else if (node.type === "blockquote") {
      collectBlocks(node.children, lineOffset, true, out);
    }
  }
}

/** Parses a body that is not plain prose with remark, once it is known to be within the limits. */
function remarkTree(body: string, bodyLine: number): Root {
  const atLine = (found: BodyLimitProblem): BodyLimitError =>
    new BodyLimitError(found.message, found.fix, bodyLine + found.line - 1);
  const limit = bodyLimitProblem(body);
  if (limit) throw atLine(limit);
  const tree = guardingRange(() => parser.runSync(parser.parse(body)) as Root, bodyLine);
  // Raw HTML nests when it is rendered; its depth is known once Markdown has said what is HTML.
  const html = htmlDepthProblem(tree);
  if (html) throw atLine(html);
  return tree;
}

/**
 * Parses a Markdown body (already NFC) with remark. `bodyLine` is the file line the body starts on,
 * so block lines point into the file an editor opens. Throws a {@link BodyLimitError} for a body
 * nested too deeply or shaped to make the parser crawl (see bodyLimits.ts).
 */
export function parseBody(body: string, bodyLine: number): ParsedBody {
  // Plain prose (most bodies) gets the same tree without remark's tokenizer (see plainProse.ts).
  const tree = isPlainProse(body) ? plainProseTree(body) : remarkTree(body, bodyLine);
  const blocks: TextBlock[] = [];
  guardingRange(() => collectBlocks(tree.children, bodyLine - 1, false, blocks), bodyLine);
  let offset = 0;
  for (const block of blocks) {
    block.offset = offset;
    offset += block.text.length + 2;
  }
  return { tree, blocks, plainText: blocks.map((b) => b.text).join("\n\n") };
}
