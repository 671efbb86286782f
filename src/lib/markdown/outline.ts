import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { OutlineEntry } from "../schemas/article.ts";

/** The headings of a body, in order, each with the anchor id its rendered heading gets (GitHub-style slugs, Hangul kept). */
export function outlineOf(tree: Root): OutlineEntry[] {
  const slugger = new GithubSlugger();
  return tree.children.flatMap((node) => {
    if (node.type !== "heading") return [];
    const text = toString(node, { includeHtml: false }).trim();
    return [{ depth: node.depth, text, slug: slugger.slug(text) }];
  });
}
