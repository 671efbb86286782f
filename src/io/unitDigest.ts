import { createHash } from "node:crypto";
import type { ArticleUnit } from "../lib/archive/articleUnit.ts";

/**
 * The digest of what an article's unit gives the site's data: the unit as JSON with the article's
 * body (its Markdown, HTML and plain text) left out, as the site's data leaves it out, and with its
 * quotes' character offsets in the body left out too. Two units with the same digest give the site
 * the same data, whatever their bodies, but for those offsets, which no page, feed, index or export
 * shows: they only order an article's quotes, and the quotes are in that order in the unit, which
 * the digest keeps. So an edit to a body that changes no quote, heading, line or field keeps it.
 * Made once, when the article is parsed, and kept with it in the article cache (JSON, not V8's
 * serialization: how V8 holds a string changes its bytes).
 */
export function unitDigest(unit: ArticleUnit): string {
  const { article } = unit;
  const quotes = unit.quotes.map((quote) =>
    quote.position ? { ...quote, position: { ...quote.position, offset: 0 } } : quote,
  );
  const bodiless = {
    ...unit,
    quotes,
    ...(article ? { article: { ...article, body: "", html: "", plainText: "" } } : {}),
  };
  return createHash("sha256").update(JSON.stringify(bodiless)).digest("base64");
}
