/** The folder under `articles/` for articles whose year is not known yet. */
export const UNDATED_FOLDER = "undated";

/** Where an article file sits: its folder's year (null in `undated/`) and its id (the file name). */
export interface ArticleLocation {
  /** The year folder, or null for `articles/undated/`. */
  year: number | null;
  /** The article id: the file name without `.md`. */
  id: string;
}

const ARTICLE_PATH = /^articles\/(\d{4}|undated)\/([^/]+)\.md$/u;

/**
 * Reads an article's content-relative path: `articles/<year>/<id>.md`, or `articles/undated/<id>.md`
 * for an article whose date is unknown (its URL is `/articles/<id>/` either way, so moving the file
 * into a year folder once the date is found keeps its address). Null for any other path.
 */
export function articleLocation(file: string): ArticleLocation | null {
  const match = ARTICLE_PATH.exec(file);
  if (!match) return null;
  const [, folder = "", id = ""] = match;
  return { year: folder === UNDATED_FOLDER ? null : Number(folder), id };
}
