import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/** Every HTML page of a built site, by its URL path (`/articles/x/`, `/404.html`). */
export function sitePages(root: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".html")) continue;
    const url = `/${entry.split(path.sep).join("/")}`.replace(/index\.html$/u, "");
    pages.set(url, readFileSync(path.join(root, entry), "utf8"));
  }
  return pages;
}

/** The parsed tree of a page. */
export function parsePage(html: string): Root {
  return fromHtml(html);
}

/** Every element of a page matching a test. */
export function elements(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** The URLs a page points at: `<a href>`, `<link href>`, `<script src>`, `<img src>`. */
export function referencesOf(tree: Root): string[] {
  return elements(tree, (n) => ["a", "link", "script", "img"].includes(n.tagName)).flatMap((n) => {
    const value = n.properties["href"] ?? n.properties["src"];
    return typeof value === "string" ? [value] : [];
  });
}

/** Every element id of a page. */
export function idsOf(tree: Root): Set<string> {
  return new Set(elements(tree, (n) => typeof n.properties["id"] === "string").map((n) => String(n.properties["id"])));
}
