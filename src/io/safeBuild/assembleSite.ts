// The end of a build, once everything is rendered: the pieces are put together in the new site
// folder (Astro's share, run or kept; the page workers' pages; the search index and exports; the
// pages kept from the last site), the sitemap is written, the new site replaces the old one, and
// what was built is recorded for the next build.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { AstroReuse } from "../astroReuse/astroReuse.ts";
import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import type { BuildReuse } from "../pageReuse/buildReuse.ts";
import { writeSitemap } from "../writeSitemap.ts";
import { discardFolder } from "./discardFolder.ts";
import { mergeFolders } from "./mergeFolders.ts";
import { moveFolder } from "./moveFolder.ts";
import { replaceFolder } from "./replaceFolder.ts";
import { countPages, siteFiles } from "./siteFolder.ts";

/** What went into the new site. */
export interface AssembledSite {
  /** HTML pages in the site. */
  pages: number;
  /** Pages linked unchanged from the last site. */
  kept: number;
  /** Warnings about records for the next build that could not be written (the site is in place). */
  warnings: string[];
}

/**
 * Puts the new site together as `plan` says and swaps it in place of the old one. Astro's share is
 * in `plan.folders.astro` when Astro ran, else linked from the last site (`astro`). Throws when the
 * swap fails (the old site is then unchanged: src/io/safeBuild/replaceFolder.ts).
 */
export function assembleSite(plan: BuildPlan, reuse: { pages: BuildReuse; astro: AstroReuse }): AssembledSite {
  const { folders } = plan;
  let astroFiles: string[];
  // Listed before they are merged in: with Astro's and the page workers' own, the new site's files
  // are then known without listing its tens of thousands of page folders.
  const contentFiles = siteFiles(plan.contentFiles);
  if (plan.runAstro) {
    astroFiles = siteFiles(folders.astro);
    mergeFolders(plan.pages.outDir, folders.astro);
    if (folders.astro !== folders.site) moveFolder(folders.astro, folders.site);
  } else {
    mkdirSync(folders.site, { recursive: true });
    reuse.astro.linkInto(folders.site);
    astroFiles = reuse.astro.files;
    mergeFolders(plan.pages.outDir, folders.site);
  }
  mergeFolders(plan.contentFiles, folders.site);
  const kept = reuse.pages.linkInto(folders.site);
  const files = [...astroFiles, ...contentFiles, ...reuse.pages.pageFiles()];
  writeSitemap(folders.site, files, plan.origin);
  replaceFolder({ final: folders.final, next: folders.site, aside: folders.aside }, (old) =>
    discardFolder(old, path.join(plan.cacheDir, "trash")),
  );
  // The new site is in place: nothing from here on may fail the build.
  const warnings = [reuse.pages.record(), reuse.astro.record(astroFiles)].filter((w): w is string => w !== undefined);
  return { pages: countPages(files), kept, warnings };
}
