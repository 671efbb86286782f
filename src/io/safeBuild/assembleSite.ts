// The end of a build, once everything is rendered: the pieces are put together in the new site
// folder (Astro's share, run or kept; the page workers' pages; the search index and exports; the
// pages kept from the last site), the sitemap is written, the new site replaces the old one (or,
// when most pages are kept, the new files are renamed into it), and what was built is recorded for
// the next build.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import type { AstroReuse } from "../astroReuse/astroReuse.ts";
import type { RecordedFiles } from "../recordedFiles.ts";
import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import type { BuildReuse } from "../pageReuse/buildReuse.ts";
import { writeSitemap } from "../writeSitemap.ts";
import { discardFolder } from "./discardFolder.ts";
import { mergeFolders } from "./mergeFolders.ts";
import { moveFolder } from "./moveFolder.ts";
import { replaceFolder } from "./replaceFolder.ts";
import { countPages, siteFiles } from "./siteFolder.ts";
import { updateInPlace, type SiteUpdate } from "./updateInPlace.ts";
import { EXPORTS_DIR, exportFiles } from "../exportsFolder.ts";
import { SEARCH_INDEX_DIR } from "../search/searchIndexFiles.ts";
import { linkFiles } from "../pageReuse/linkReused.ts";

/** The sitemap's files at the top of a site (`sitemap-index.xml`, `sitemap-0.xml`, …). */
const SITEMAP_FILE = /^sitemap-(?:index|\d+)\.xml$/u;

/** What went into the new site. */
export interface AssembledSite {
  /** HTML pages in the site. */
  pages: number;
  /** Pages linked unchanged from the last site, or left in it when it was updated in place. */
  kept: number;
  /** When the site was updated in place rather than replaced (src/io/safeBuild/updateInPlace.ts): what was done. */
  updated?: SiteUpdate | undefined;
  /** Warnings about records for the next build that could not be written (the site is in place). */
  warnings: string[];
}

/**
 * Puts the new site together as `plan` says and puts it in place of the old one. Astro's share is
 * in `plan.folders.astro` when Astro ran, else kept from the last site (`astro`); so are the files
 * of the content worker's share in `keptContent` (relative to the site: search index files the
 * last site has with the same bytes, the data exports when unchanged). When most pages
 * are kept from the last site, the new and changed files are renamed into it and the files it no
 * longer has removed ({@link updateInPlace}); else the new site is put together in full beside the
 * old one and swapped in. Throws when either fails (after a failed swap the old site is
 * unchanged: src/io/safeBuild/replaceFolder.ts; a failed update is finished by the next build).
 */
export function assembleSite(
  plan: BuildPlan,
  reuse: { pages: BuildReuse; astro: AstroReuse; exports?: RecordedFiles },
  keptContent: readonly string[] = [],
): AssembledSite {
  const { folders } = plan;
  const pageFiles = reuse.pages.pageFiles();
  const inPlace = updatesInPlace(reuse, pageFiles.length);
  let astroFiles: string[];
  // Listed before they are merged in: with Astro's and the page workers' own, the new site's files
  // are then known without listing its tens of thousands of page folders.
  const contentFiles = [...siteFiles(plan.contentFiles), ...keptContent];
  if (plan.runAstro) {
    astroFiles = siteFiles(folders.astro);
    mergeFolders(plan.pages.outDir, folders.astro);
    if (folders.astro !== folders.site) moveFolder(folders.astro, folders.site);
  } else {
    mkdirSync(folders.site, { recursive: true });
    if (!inPlace) reuse.astro.linkInto(folders.site);
    astroFiles = reuse.astro.files;
    mergeFolders(plan.pages.outDir, folders.site);
  }
  mergeFolders(plan.contentFiles, folders.site);
  const kept = reuse.pages.linkInto(inPlace ? folders.final : folders.site);
  if (!inPlace) linkFiles(keptContent, folders.final, folders.site);
  const files = [...astroFiles, ...contentFiles, ...pageFiles];
  writeSitemap(folders.site, files, plan.origin);
  let updated: SiteUpdate | undefined;
  if (inPlace) {
    const staged = siteFiles(folders.site);
    updated = updateInPlace(folders.final, folders.site, filesGone(plan, reuse, [...files, ...staged]));
  } else {
    replaceFolder({ final: folders.final, next: folders.site, aside: folders.aside }, (old) =>
      discardFolder(old, path.join(plan.cacheDir, "trash")),
    );
  }
  // The new site is in place: nothing from here on may fail the build.
  const warnings = [reuse.pages.record(), reuse.astro.record(astroFiles), reuse.exports?.record(exportFiles())].filter(
    (w): w is string => w !== undefined,
  );
  return { pages: countPages(files), kept, updated, warnings };
}

/**
 * True when the last site is updated in place: its pages are trusted, most of the new site's
 * `pages` are kept from it, and the last build recorded Astro's files in it (so that those no
 * longer made are known).
 */
function updatesInPlace(reuse: { pages: BuildReuse; astro: AstroReuse }, pages: number): boolean {
  if (!reuse.pages.reusing || reuse.astro.lastFiles === undefined) return false;
  return reuse.pages.reusedCount() * 2 >= pages;
}

/**
 * The files of the last site the new one no longer has: its pages, Astro's files, the search
 * index, the exports and the sitemap, less `files` (every file of the new site).
 */
function filesGone(
  plan: BuildPlan,
  reuse: { pages: BuildReuse; astro: AstroReuse },
  files: readonly string[],
): string[] {
  const final = plan.folders.final;
  const listed = (folder: string): string[] =>
    existsSync(path.join(final, folder))
      ? siteFiles(path.join(final, folder)).map((file) => path.join(folder, file))
      : [];
  const old = [
    ...reuse.pages.previousFiles(),
    ...(reuse.astro.lastFiles ?? []),
    ...listed(SEARCH_INDEX_DIR),
    ...listed(EXPORTS_DIR),
    ...readdirSync(final).filter((name) => SITEMAP_FILE.test(name)),
  ];
  const kept = new Set(files);
  return [...new Set(old)].filter((file) => !kept.has(file));
}
