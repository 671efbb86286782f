import type { Element, ElementContent, Root, Text } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { visit } from "unist-util-visit";
import type { OutlineEntry } from "../schemas/article.ts";

/** A quote to anchor in the rendered body: its id and its words (without the marks). */
export interface QuoteAnchor {
  id: string;
  text: string;
}

/**
 * A piece of a text once quotes are anchored in it: text, or a quote's anchor (`words` empty for a
 * quote whose words cross an inline element: an empty anchor where it starts).
 */
export type AnchoredPiece = string | { id: string; words: string };

/** Where a quote whose words are split by markup starts: just after an opening mark and its first words. */
function openingOf(text: string, words: string): number {
  const head = words.slice(0, Math.min(4, words.length));
  for (const mark of ["\u201C", '"']) {
    const at = text.indexOf(`${mark}${head}`);
    if (at >= 0) return at + 1;
  }
  return -1;
}

/**
 * Finds the next quotes of `pending` (in order) in one text and splits it at them, taking those
 * found off `pending`. Undefined when the first pending quote is not in it.
 */
export function anchorQuotes(text: string, pending: QuoteAnchor[]): AnchoredPiece[] | undefined {
  const pieces: AnchoredPiece[] = [];
  let rest = text;
  for (let quote = pending[0]; quote; quote = pending[0]) {
    const exact = rest.indexOf(quote.text);
    const start = exact >= 0 ? exact : openingOf(rest, quote.text);
    if (start < 0) break;
    pending.shift();
    if (start > 0) pieces.push(rest.slice(0, start));
    const words = exact >= 0 ? quote.text : "";
    pieces.push({ id: quote.id, words });
    rest = rest.slice(start + words.length);
  }
  if (pieces.length === 0) return undefined;
  if (rest) pieces.push(rest);
  return pieces;
}

/** The hast of an anchored piece: `<q id class="quote">` round a quote's words, an empty `<span>` without them. */
function pieceNode(piece: AnchoredPiece): ElementContent {
  if (typeof piece === "string") return { type: "text", value: piece };
  const q: Element = {
    type: "element",
    tagName: piece.words ? "q" : "span",
    properties: { id: piece.id, className: ["quote"] },
    children: piece.words ? [{ type: "text", value: piece.words }] : [],
  };
  return q;
}

/**
 * A rehype plugin that gives headings their outline ids (in order) and wraps each quote's words in
 * `<q id="…" class="quote">`, so `/articles/<id>/#<quote id>` lands on it. Quotes are found in
 * document order; one whose words cross an inline element gets an empty anchor where it starts.
 */
export function rehypeAnchors(options: { outline: readonly OutlineEntry[]; quotes: readonly QuoteAnchor[] }) {
  return (tree: Root): void => {
    let heading = 0;
    visit(tree, "element", (node) => {
      if (headingRank(node) === undefined) return;
      const slug = options.outline[heading]?.slug;
      heading += 1;
      if (slug) node.properties["id"] = slug;
    });
    const pending = [...options.quotes];
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || pending.length === 0) return;
      const pieces = anchorQuotes(node.value, pending);
      if (!pieces) return;
      parent.children.splice(index, 1, ...pieces.map(pieceNode));
      return index + pieces.length;
    });
  };
}
