import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { OutlineEntry } from "../schemas/article.ts";
import { rehypeAnchors, type QuoteAnchor } from "./rehypeAnchors.ts";

// Raw HTML in Markdown is parsed (rehype-raw) and then sanitised with GitHub's schema
// (rehype-sanitize): no script, no event handler, no `javascript:` URL. Our own anchors (heading
// ids, quote marks) are added after sanitising, so they keep their plain ids.
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/** Renders a parsed body tree to sanitised HTML with heading ids from its outline and quote anchors. */
export function renderHtml(
  tree: Root,
  anchors: { outline: readonly OutlineEntry[]; quotes: readonly QuoteAnchor[] },
): string {
  const hast = toHast.runSync(structuredClone(tree)) as HastRoot;
  rehypeAnchors(anchors)(hast);
  return stringifier.stringify(hast);
}
