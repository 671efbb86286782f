import type { Article } from "../schemas/article.ts";

/** Orders articles newest first; ties (and undated articles of one year) by id, so order never depends on the file system. */
export function compareArticles(a: Pick<Article, "sortKey" | "id">, b: Pick<Article, "sortKey" | "id">): number {
  return b.sortKey - a.sortKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
