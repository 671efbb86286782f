// The HTML of a plain-prose body (paragraphs and headings of plain text, see plainProse.ts),
// written directly: exactly what remark-rehype, rehype-sanitize, the anchors and rehype-stringify
// make of such a tree (tests compare the two on every body at hand and on generated ones), without
// building and walking the HTML tree, which made that pipeline a large part of checking an archive.
import type { Root } from "mdast";
import type { BodyAnchors } from "./bodyAnchors.ts";
import { anchorQuotes, type AnchoredPiece } from "./rehypeAnchors.ts";

/**
 * Text the pipeline would change: what HTML escapes (`<`, `&`), tabs, carriage returns, and spaces
 * by a line end (remark-rehype trims them). Plain prose has none of them.
 */
const CHANGED_TEXT = /[<&\t\r]| \n|\n /u;

/** An attribute value written as it is between double quotes. */
const PLAIN_ATTRIBUTE = /^[^"&<>'`=]*$/u;

function piecesHtml(pieces: readonly AnchoredPiece[]): string | undefined {
  let html = "";
  for (const piece of pieces) {
    if (typeof piece === "string") html += piece;
    else if (!PLAIN_ATTRIBUTE.test(piece.id)) return undefined;
    else if (piece.words) html += `<q id="${piece.id}" class="quote">${piece.words}</q>`;
    else html += `<span id="${piece.id}" class="quote"></span>`;
  }
  return html;
}

/**
 * The sanitised HTML, with heading ids and quote anchors, of a body tree made only of paragraphs
 * and headings of one plain text each; undefined for any other tree (the full pipeline renders it).
 */
export function plainProseHtml(tree: Root, anchors: BodyAnchors): string | undefined {
  const pending = [...anchors.quotes];
  // Quotes are looked for in every text in order, the line ends between blocks included.
  const textHtml = (text: string): string | undefined => {
    const pieces = pending.length > 0 ? anchorQuotes(text, pending) : undefined;
    return pieces ? piecesHtml(pieces) : text;
  };
  let html = "";
  let heading = 0;
  for (const [index, block] of tree.children.entries()) {
    if (block.type !== "paragraph" && block.type !== "heading") return undefined;
    const [text, ...more] = block.children;
    if (text?.type !== "text" || more.length > 0 || CHANGED_TEXT.test(text.value)) return undefined;
    if (index > 0) {
      const between = textHtml("\n");
      if (between === undefined) return undefined;
      html += between;
    }
    let open = "<p>";
    let close = "</p>";
    if (block.type === "heading") {
      const slug = anchors.outline[heading]?.slug;
      heading += 1;
      if (slug && !PLAIN_ATTRIBUTE.test(slug)) return undefined;
      open = slug ? `<h${block.depth} id="${slug}">` : `<h${block.depth}>`;
      close = `</h${block.depth}>`;
    }
    const inner = textHtml(text.value);
    if (inner === undefined) return undefined;
    html += `${open}${inner}${close}`;
  }
  return html;
}
