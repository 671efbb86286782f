import { createHash } from "node:crypto";
import type { ArticleUnit } from "../lib/archive/articleUnit.ts";

/**
 * The digest of what an article's unit gives the site's data: the unit as JSON with the article's
 * body (its Markdown, HTML and plain text) left out, as the site's data leaves it out. Two units
 * with the same digest give the site the same data, whatever their bodies; an edit to a body that
 * changes no quote, heading or field keeps it. Made once, when the article is parsed, and kept with
 * it in the article cache (JSON, not V8's serialization: how V8 holds a string changes its bytes).
 */
export function unitDigest(unit: ArticleUnit): string {
  const { article } = unit;
  const bodiless = article ? { ...unit, article: { ...article, body: "", html: "", plainText: "" } } : unit;
  return createHash("sha256").update(JSON.stringify(bodiless)).digest("base64");
}
