import type { Root as HastRoot } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import type { Root } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { OutlineEntry } from "../schemas/article.ts";

/** The body rendered for a page: sanitised HTML and the outline of its headings. */
export interface RenderedBody {
  /** Sanitised HTML: no script, no event handler, no `javascript:` URL. */
  html: string;
  /** Headings with the ids the HTML gives them. */
  outline: OutlineEntry[];
}

// Raw HTML in Markdown is parsed (rehype-raw) and then sanitised with GitHub's schema
// (rehype-sanitize); heading ids are added after sanitising so they keep their plain slugs.
const renderer = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .freeze();
const stringifier = unified().use(rehypeStringify).freeze();

function collectOutline(tree: HastRoot): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  visit(tree, "element", (node) => {
    const depth = headingRank(node);
    if (depth !== undefined && typeof node.properties["id"] === "string") {
      outline.push({ depth, text: toString(node).trim(), slug: node.properties["id"] });
    }
  });
  return outline;
}

/** Renders a parsed body tree to sanitised HTML with slugged headings, and reads its outline. */
export function renderHtml(tree: Root): RenderedBody {
  const hast = renderer.runSync(structuredClone(tree)) as HastRoot;
  return { html: stringifier.stringify(hast), outline: collectOutline(hast) };
}
