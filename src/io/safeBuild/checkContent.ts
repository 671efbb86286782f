import { availableParallelism } from "node:os";
import { loadArchiveInParallel, type LoadOptions } from "../readArchiveSources.ts";
import type { Archive } from "../../lib/archive/buildArchive.ts";
import { ContentError, type ContentProblem } from "../../lib/errors.ts";
import type { ArticleCacheStats } from "../articleCache.ts";
import type { SiteConfig } from "../../lib/schemas/site.ts";
import { withOriginOverride } from "../../lib/siteConfig/originOverride.ts";

/** The outcome of checking a content folder before a build. */
export type ContentCheck =
  | {
      ok: true;
      articles: number;
      quotes: number;
      warnings: readonly ContentProblem[];
      /** The archive's identity (`site.yaml`), with the origin override applied. */
      siteConfig: SiteConfig;
      /** Articles taken from the article cache, and articles parsed (none without a cache folder). */
      cache: ArticleCacheStats | undefined;
      /** The digest of what the articles and registries give the site's data, bodies left out (with a cache folder). */
      sourcesDigest: string | undefined;
      /**
       * True when the archive was not built again: its data, bodies apart, was the last check's,
       * kept in the cache folder (src/io/checkedSite.ts). Set by the build's content worker.
       */
      archiveKept?: boolean | undefined;
      /**
       * What the next build needs to finish an edit to bodies alone quickly (src/io/editRecord/):
       * the checked site's key and each article's unit digest. Set by the build's content worker.
       */
      edit?:
        | {
            checkedKey: string;
            units: Record<string, string>;
            /** A digest of each registry's and site.yaml's text as read (src/io/editRecord/sourceFingerprints.ts). */
            registries: Record<string, string>;
          }
        | undefined;
    }
  | { ok: false; problems: readonly ContentProblem[] };

/**
 * Runs the checks of `npm run archive -- check` on a content folder: the whole archive is read,
 * validated and cross-checked, its articles parsed on every core (and kept in the cache for the
 * build that follows); `onArchive` gets the archive when it is good, its origin replaced by
 * `originOverride` (`ARCHIVE_SITE_URL`) when one is given. Content errors (and a malformed
 * override) come back as problems; anything else is a bug and throws.
 */
export async function checkContent(
  contentDir: string,
  cwd: string,
  options: LoadOptions & { onArchive?: (archive: Archive) => void; originOverride?: string | undefined } = {},
): Promise<ContentCheck> {
  try {
    let cache: ArticleCacheStats | undefined;
    let sourcesDigest: string | undefined;
    const loaded = await loadArchiveInParallel(contentDir, cwd, {
      ...options,
      workers: availableParallelism(),
      onCache: (stats) => {
        cache = stats;
        options.onCache?.(stats);
      },
      onSourcesDigest: (digest) => (sourcesDigest = digest),
    });
    const siteConfig = withOriginOverride(loaded.siteConfig, options.originOverride);
    const archive = { ...loaded, siteConfig };
    options.onArchive?.(archive);
    return {
      ok: true,
      siteConfig,
      articles: archive.articles.length,
      quotes: archive.quotes.length,
      warnings: archive.warnings,
      cache,
      sourcesDigest,
    };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: error.problems };
    throw error;
  }
}
