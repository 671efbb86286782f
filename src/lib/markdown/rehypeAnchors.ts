import type { Element, ElementContent, Root, Text } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { visit } from "unist-util-visit";
import type { OutlineEntry } from "../schemas/article.ts";

/** A quote to anchor in the rendered body: its id and its words (without the marks). */
export interface QuoteAnchor {
  id: string;
  text: string;
}

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
      const pieces: ElementContent[] = [];
      let rest = node.value;
      for (let quote = pending[0]; quote; quote = pending[0]) {
        const exact = rest.indexOf(quote.text);
        const start = exact >= 0 ? exact : openingOf(rest, quote.text);
        if (start < 0) break;
        pending.shift();
        if (start > 0) pieces.push({ type: "text", value: rest.slice(0, start) });
        const words = exact >= 0 ? quote.text : "";
        const q: Element = {
          type: "element",
          tagName: words ? "q" : "span",
          properties: { id: quote.id, className: ["quote"] },
          children: words ? [{ type: "text", value: words }] : [],
        };
        pieces.push(q);
        rest = rest.slice(start + words.length);
      }
      if (pieces.length === 0) return;
      if (rest) pieces.push({ type: "text", value: rest });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
