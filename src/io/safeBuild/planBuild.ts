// The build's decisions once the content is checked, made into one plan (src/io/buildPlan/): which
// pages and whether Astro's share can be kept from the last site, how many page workers, where
// everything is. Written to the plan file for the Astro build.
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { WORKER_ROUTES } from "../../lib/site/workerRoutes.ts";
import { astroDigest, astroReuse, type AstroReuse } from "../astroReuse/astroReuse.ts";
import type { RecordedFiles } from "../recordedFiles.ts";
import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { writeBuildPlan } from "../buildPlan/planFile.ts";
import type { WorkFiles } from "../buildPlan/workFiles.ts";
import { earlyPageWorkers, pageWorkerCount, pageWorkerHeapMb } from "../pageRender/workerSizing.ts";
import type { BuildReuse } from "../pageReuse/buildReuse.ts";
import { exportsReuse } from "../exportsFolder.ts";
import { siteCodeVersion } from "../pageReuse/siteVersion.ts";
import type { ArchiveSettings } from "../settings.ts";
import type { ContentCheck } from "./checkContent.ts";
import type { OutputFolders } from "./outputFolders.ts";

/** A build's plan, and its page and Astro reuse, which act again once the site is put together. */
export interface PlannedBuild {
  plan: BuildPlan;
  pages: BuildReuse;
  astro: AstroReuse;
  /** The data exports' record, written once the site is in place (the content worker decides whether they are kept). */
  exports: RecordedFiles;
}

/**
 * Plans the build of the checked content `check`: page reuse (`pages`, prepared against the last
 * site while the content was checked) is given the site's code version, Astro's reuse is decided
 * against the last site in `folders.final` (none with `full`), page workers are sized by the
 * site's data, and the plan is written to `files.plan`.
 */
export function planBuild(options: {
  projectRoot: string;
  settings: ArchiveSettings;
  folders: OutputFolders;
  files: WorkFiles;
  check: Extract<ContentCheck, { ok: true }>;
  pages: BuildReuse;
  /** The digest of what the archive gives the site's data, bodies left out (ContentCheck.sourcesDigest), if known. */
  siteDigest: string | undefined;
  full: boolean;
}): PlannedBuild {
  const { settings, folders, files, check, pages, full } = options;
  // The site's identity (name, origin, licence…) is on every page: a change to it renders them all.
  const version = siteCodeVersion(options.projectRoot, JSON.stringify(check.siteConfig));
  const astro = astroReuse({
    final: folders.final,
    cacheDir: settings.cacheDir,
    full,
    digest: astroDigest(version, readFileSync(files.oncePages)),
  });
  const exports = exportsReuse({
    final: folders.final,
    cacheDir: settings.cacheDir,
    full,
    version,
    sourcesDigest: options.siteDigest,
  });
  const siteDataBytes = statSync(files.siteData).size;
  const reuse = pages.planFor(version, options.siteDigest);
  // With the site's data as the last build's, only the pages of articles parsed anew can change
  // (the rest are taken as recorded, at no cost): the workers are sized by those.
  const toMake = reuse.siteUnchanged ? (check.cache?.misses ?? check.articles) : check.articles + check.quotes;
  const workers = pageWorkerCount(toMake, siteDataBytes);
  const plan: BuildPlan = {
    projectRoot: options.projectRoot,
    contentDir: settings.contentDir,
    cacheDir: settings.cacheDir,
    folders,
    siteData: files.siteData,
    articleBodies: files.articleBodies,
    oncePages: files.oncePages,
    runAstro: !astro.reused,
    origin: check.siteConfig.origin,
    reuse,
    pages: {
      routes: WORKER_ROUTES.map((route) => route.route),
      workers,
      early: earlyPageWorkers(workers, siteDataBytes),
      heapMb: pageWorkerHeapMb(siteDataBytes),
      outDir: files.pages,
    },
    contentFiles: files.contentFiles,
  };
  // Made now, so that it is there to merge even when every page was kept from the last build.
  mkdirSync(plan.pages.outDir, { recursive: true });
  writeBuildPlan(files.plan, plan);
  return { plan, pages, astro, exports };
}
