import type { ArticleData } from "../siteIndex.ts";

/** What a page about a quote or a policy item shows of its article (and cites it by). */
export type ArticleRef = Pick<
  ArticleData,
  "id" | "title" | "outlet" | "reporter" | "published" | "url" | "dateNote" | "retrieved" | "year"
>;

/** The {@link ArticleRef} fields of an article, and nothing else (a page's model stays small). */
export function articleRef(article: ArticleData): ArticleRef {
  const { id, title, outlet, reporter, published, url, dateNote, retrieved, year } = article;
  return {
    id,
    title,
    outlet,
    published,
    year,
    ...(retrieved === undefined ? {} : { retrieved }),
    ...(reporter === undefined ? {} : { reporter }),
    ...(url === undefined ? {} : { url }),
    ...(dateNote === undefined ? {} : { dateNote }),
  };
}

/** A link to a page: its target id and its label. */
export interface Labelled {
  id: string;
  title: string;
}
