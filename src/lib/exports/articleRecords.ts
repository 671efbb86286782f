import type { Article } from "../schemas/article.ts";

/** One row of `/data/articles.json`: the public, stable shape of an article. */
export interface ArticleRecord {
  id: string;
  title: string;
  published: string | null;
  outlet: string;
  reporter: string | null;
  speakers: string[];
  topics: string[];
  /** The article's page on this site. */
  url: string;
  /** The original article, when known. */
  sourceUrl: string | null;
}

/** The path of an article's page, e.g. `/articles/2019-10-02-innovation-committee-report/`. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** Maps articles (already ordered) to their export records, with absolute page URLs on `origin`. */
export function articleRecords(
  articles: readonly Pick<
    Article,
    "id" | "title" | "published" | "outlet" | "reporter" | "speakers" | "topics" | "url"
  >[],
  origin: string,
): ArticleRecord[] {
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    reporter: article.reporter ?? null,
    speakers: article.speakers,
    topics: article.topics,
    url: new URL(articlePath(article.id), origin).href,
    sourceUrl: article.url ?? null,
  }));
}
