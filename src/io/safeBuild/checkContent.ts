import { availableParallelism } from "node:os";
import { loadArchiveInParallel, type LoadOptions } from "../readArchiveSources.ts";
import type { Archive } from "../../lib/archive/buildArchive.ts";
import { ContentError, type ContentProblem } from "../../lib/errors.ts";
import type { ArticleCacheStats } from "../articleCache.ts";

/** The outcome of checking a content folder before a build. */
export type ContentCheck =
  | {
      ok: true;
      articles: number;
      quotes: number;
      warnings: readonly ContentProblem[];
      /** Articles taken from the article cache, and articles parsed (none without a cache folder). */
      cache: ArticleCacheStats | undefined;
    }
  | { ok: false; problems: readonly ContentProblem[] };

/**
 * Runs the checks of `npm run archive -- check` on a content folder: the whole archive is read,
 * validated and cross-checked, its articles parsed on every core (and kept in the cache for the
 * build that follows); `onArchive` gets the archive when it is good. Content errors come back as
 * problems; anything else is a bug and throws.
 */
export async function checkContent(
  contentDir: string,
  cwd: string,
  options: LoadOptions & { onArchive?: (archive: Archive) => void } = {},
): Promise<ContentCheck> {
  try {
    let cache: ArticleCacheStats | undefined;
    const archive = await loadArchiveInParallel(contentDir, cwd, {
      ...options,
      workers: availableParallelism(),
      onCache: (stats) => {
        cache = stats;
        options.onCache?.(stats);
      },
    });
    options.onArchive?.(archive);
    return {
      ok: true,
      articles: archive.articles.length,
      quotes: archive.quotes.length,
      warnings: archive.warnings,
      cache,
    };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: error.problems };
    throw error;
  }
}
