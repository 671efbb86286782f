import { speakerLabel } from "../site/attributionText.ts";
import { dateParts, type Citable } from "./citable.ts";

/** A CSL-JSON item (type `article-newspaper`) that reference managers import; a cited quote goes in `note`. */
export function cslJson(source: Citable): Record<string, unknown> {
  const parts = dateParts(source.article.published);
  return {
    id: source.id,
    type: "article-newspaper",
    title: source.article.title,
    ...(source.article.outlet === null ? {} : { "container-title": source.article.outlet }),
    ...(source.article.reporter ? { author: [{ literal: source.article.reporter }] } : {}),
    ...(parts ? { issued: { "date-parts": [parts] } } : {}),
    URL: source.archiveUrl,
    ...(source.article.url ? { source: source.article.url } : {}),
    ...(source.quote ? { note: `${speakerLabel(source.quote)}: “${source.quote.text}”` } : {}),
    language: "ko",
  };
}
