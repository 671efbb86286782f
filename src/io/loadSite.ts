import path from "node:path";
import type { ContentProblem } from "../lib/errors.ts";
import { summariseWarnings, warningSummaryLines } from "../lib/warningSummary.ts";
import { siteIndexOf, type SiteIndex } from "../lib/site/siteIndex.ts";
import { loadArchive } from "./readArchiveSources.ts";
import { damagedCacheNotice } from "./articleCache.ts";
import { exampleOriginWarning, isExampleOrigin } from "../lib/siteConfig/exampleOrigin.ts";
import { withOriginOverride } from "../lib/siteConfig/originOverride.ts";
import { archiveCacheDir, archiveSettings, contentDirFromEnv } from "./settings.ts";

/** Prints the first warnings in full and counts the rest, so a large archive's log stays readable. */
export function printWarnings(warnings: readonly ContentProblem[], print: (line: string) => void): void {
  for (const line of warningSummaryLines(summariseWarnings(warnings))) print(line);
}

/**
 * The site's data for a build: the archive in the content folder (`ARCHIVE_CONTENT_DIR`, else
 * `content/`), articles taken from the build cache when unchanged, with its lookups, and its
 * identity with `ARCHIVE_SITE_URL` (when set) as its origin. `print` gets what the build log should
 * show (warnings, cache use, an example origin); nothing is printed without it.
 */
export function loadSiteIndex(print?: (line: string) => void): SiteIndex {
  const contentDir = contentDirFromEnv();
  const archive = loadArchive(contentDir, process.cwd(), {
    cacheDir: archiveCacheDir(),
    onCache: (stats) => {
      const notice = damagedCacheNotice(stats);
      if (notice) print?.(notice);
      print?.(`archive: ${stats.misses} articles parsed, ${stats.hits} unchanged (from the cache)`);
    },
    onCacheWarning: (warning) => print?.(`warning: ${warning}`),
  });
  if (print) printWarnings(archive.warnings, print);
  const siteConfig = withOriginOverride(archive.siteConfig, archiveSettings().siteUrl);
  if (isExampleOrigin(siteConfig.origin)) {
    const relative = path.relative(process.cwd(), path.join(contentDir, "site.yaml"));
    const shown =
      relative.startsWith("..") || path.isAbsolute(relative) ? path.join(contentDir, "site.yaml") : relative;
    print?.(exampleOriginWarning(siteConfig.origin, shown));
  }
  return siteIndexOf({ ...archive, siteConfig });
}
