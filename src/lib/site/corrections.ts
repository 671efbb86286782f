// Every correction of the archive, for `/corrections/` and `/corrections.xml`, and where each is shown.
import { correctionAnchor, numberedCorrections, type NumberedCorrection } from "../articles/corrections.ts";
import { paths } from "../exports/paths.ts";
import type { ArticleData } from "./siteIndex.ts";

/** The page listing every correction, newest first. */
export const CORRECTIONS_PAGE = "/corrections/";
/** The RSS feed of corrections, newest first. */
export const CORRECTIONS_FEED = "/corrections.xml";

/** The fields of an article that a list of corrections shows. */
export type CorrectedArticle = Pick<ArticleData, "id" | "title" | "outlet" | "published">;

/** One correction of the archive, with the article it corrects. */
export interface ArchiveCorrection extends NumberedCorrection {
  article: CorrectedArticle;
}

/** Where a correction is shown: its place on its article's page, `/articles/<id>/#correction-<n>`. */
export function correctionHref(articleId: string, number: number): string {
  return `${paths.article(articleId)}#${correctionAnchor(number)}`;
}

/**
 * Every correction of the archive, newest first (by the correction's date; among equal dates, in
 * the order of `articles`, which is the archive's newest-first order, then the later correction of
 * an article first). Articles without corrections cost one look each.
 */
export function archiveCorrections(
  articles: readonly (CorrectedArticle & Pick<ArticleData, "corrections">)[],
): ArchiveCorrection[] {
  const found: { entry: ArchiveCorrection; order: number }[] = [];
  articles.forEach((article, order) => {
    if (article.corrections.length === 0) return;
    const { id, title, outlet, published } = article;
    for (const correction of numberedCorrections(article.corrections))
      found.push({ entry: { ...correction, article: { id, title, outlet, published } }, order });
  });
  return found
    .sort((a, b) => b.entry.epochMs - a.entry.epochMs || a.order - b.order || b.entry.number - a.entry.number)
    .map(({ entry }) => entry);
}
