import { dateParts } from "./citable.ts";
import type { Citable } from "./citable.ts";

/**
 * `citation_*` meta tags (the Highwire/Google Scholar set Zotero and other reference managers read)
 * for an article: title, author, publication date (KST, `YYYY/MM/DD`), publisher, language, page.
 */
export function citationMeta(source: Pick<Citable, "article" | "archiveUrl">): { name: string; content: string }[] {
  const parts = dateParts(source.article.published);
  return [
    { name: "citation_title", content: source.article.title },
    ...(source.article.reporter ? [{ name: "citation_author", content: source.article.reporter }] : []),
    ...(parts
      ? [
          {
            name: "citation_publication_date",
            content: parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("/"),
          },
        ]
      : []),
    ...(source.article.outlet
      ? [
          { name: "citation_publisher", content: source.article.outlet },
          { name: "citation_journal_title", content: source.article.outlet },
        ]
      : []),
    { name: "citation_language", content: "ko" },
    { name: "citation_public_url", content: source.archiveUrl },
  ];
}
