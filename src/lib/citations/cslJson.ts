import { speakerLabel } from "../site/attributionText.ts";
import { citedYear, dateParts, originalSource, type Citable } from "./citable.ts";

/**
 * A CSL-JSON item (type `article-newspaper`) that reference managers import; a cited quote goes in
 * `note`, the original's address in `source` with the day it was read in `accessed`. Undated, it is
 * issued in its known year alone.
 */
export function cslJson(source: Citable): Record<string, unknown> {
  const parts = dateParts(source.article.published);
  const year = citedYear(source.article);
  const original = originalSource(source.article);
  return {
    id: source.id,
    type: "article-newspaper",
    title: source.article.title,
    ...(source.article.outlet === null ? {} : { "container-title": source.article.outlet }),
    ...(source.article.reporter ? { author: [{ literal: source.article.reporter }] } : {}),
    ...(parts ? { issued: { "date-parts": [parts] } } : year !== null ? { issued: { "date-parts": [[year]] } } : {}),
    URL: source.archiveUrl,
    ...(original ? { source: original.url } : {}),
    ...(original?.accessed ? { accessed: { "date-parts": [original.accessed] } } : {}),
    ...(source.quote ? { note: `${speakerLabel(source.quote)}: “${source.quote.text}”` } : {}),
    language: "ko",
  };
}
