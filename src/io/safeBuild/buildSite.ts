import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { formatProblem, type ContentProblem } from "../../lib/errors.ts";
import { damagedCacheNotice } from "../articleCache.ts";
import { workFiles } from "../buildPlan/workFiles.ts";
import { describeFsError } from "../fsErrors.ts";
import { printWarnings } from "../loadSite.ts";
import { archiveSettings } from "../settings.ts";
import { EXPORTS_DIR } from "../exportsFolder.ts";
import { buildReuse } from "../pageReuse/buildReuse.ts";
import type { WrittenIndex } from "../search/searchIndexFiles.ts";
import { startEditRecord } from "../editRecord/recordEdit.ts";
import type { SourceFingerprints } from "../editRecord/sourceFingerprints.ts";
import { assembleSite, type AssembledSite } from "./assembleSite.ts";
import { startContentWork } from "./contentWork.ts";
import type { OutputFolders } from "./outputFolders.ts";
import { planBuild } from "./planBuild.ts";
import { renderSite, type RenderResult } from "./renderSite.ts";
import type { BuildIo, BuildOptions } from "./safeBuild.ts";
import { isCompleteSite } from "./siteFolder.ts";
import { contentOkLine, exampleOriginNotice, plural, shown } from "./logText.ts";

function printProblems(io: BuildIo, problems: readonly ContentProblem[]): void {
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  const errors = problems.filter((p) => p.severity === "error").length;
  io.err(`${plural(errors, "content error")}, ${plural(problems.length - errors, "warning")}\n`);
}

/**
 * The build itself, once the lock is held. The content is checked in a worker, which then writes the
 * site's data; the build's decisions become one plan (src/io/buildPlan/); Astro and the page workers
 * render from it at once, while the content worker makes the search index; the pieces are put
 * together in the new site folder, which then replaces the old one. Returns the exit code; calls
 * `failed` (which says what became of the last site) on failure.
 */
export async function buildSite(
  io: BuildIo,
  options: BuildOptions,
  folders: OutputFolders,
  failed: (code: number) => number,
  fingerprints?: SourceFingerprints,
): Promise<number> {
  const started = io.now();
  const phases: [string, number][] = [];
  let lapStart = started;
  const lap = (phase: string): void => {
    const now = io.now();
    phases.push([phase, (now - lapStart) / 1000]);
    lapStart = now;
  };
  const settings = archiveSettings(io.env, io.cwd);
  const site = shown(io.cwd, folders.final);
  const files = workFiles(folders.work);
  for (const dir of [folders.work, folders.site, folders.astro]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(folders.work, { recursive: true });
  mkdirSync(path.dirname(folders.final), { recursive: true });
  // Before the content is read (its fingerprints) and before the site is touched (the last record goes).
  const recording = startEditRecord(settings, fingerprints);
  const work = startContentWork(
    {
      contentDir: settings.contentDir,
      cwd: io.cwd,
      cacheDir: settings.cacheDir,
      contentFiles: files.contentFiles,
      siteData: files.siteData,
      articleBodies: files.articleBodies,
      oncePages: files.oncePages,
      readCache: !options.full,
      lastSite: options.full ? undefined : folders.final,
      originOverride: settings.siteUrl,
    },
    (warning) => io.err(`warning: ${warning}\n`),
  );
  // The last site's record is read and its pages checked on disk while the content is checked.
  const reuse = buildReuse({
    final: folders.final,
    manifestDir: files.pageRecords,
    cacheDir: settings.cacheDir,
    full: options.full ?? false,
  });
  const check = await work.checked;
  if (!check.ok) {
    printProblems(io, check.problems);
    return failed(1);
  }
  io.out(contentOkLine({ articles: check.articles, quotes: check.quotes, warnings: check.warnings.length }));
  printWarnings(check.warnings, (line) => io.err(`${line}\n`));
  const originWarning = exampleOriginNotice(check.siteConfig.origin, settings.contentDir, io.cwd);
  if (originWarning) io.err(`${originWarning}\n`);
  if (check.cache) {
    const notice = damagedCacheNotice(check.cache);
    if (notice) io.err(`${notice}\n`);
    io.out(`archive: ${check.cache.misses} articles parsed, ${check.cache.hits} unchanged (from the cache)\n`);
  }
  if (check.archiveKept)
    io.out(`archive: its data but for article bodies is the last check's: taken from the cache, not built again\n`);
  const bodies = await work.ready;
  lap("check");

  const { plan, astro, exports } = planBuild({
    projectRoot: io.cwd,
    settings,
    folders,
    files,
    check,
    pages: reuse,
    siteDigest: check.sourcesDigest,
    full: options.full ?? false,
  });
  if (reuse.reusing) io.out(`pages unchanged since the last build in ${site} are kept (--full renders all)\n`);
  if (plan.reuse.siteUnchanged)
    io.out(
      `the site's data is as the last build's but for article bodies: only the pages of articles whose body changed are made\n`,
    );
  if (astro.reused)
    io.out(`astro: its pages, feeds and scripts are unchanged since the last build: kept, astro not run\n`);
  if (reuse.altered > 0)
    io.err(`warning: ${plural(reuse.altered, "page")} of ${site} changed on disk since it was built: rendered again\n`);
  let shownTenth = 0;
  let rendered: RenderResult;
  try {
    rendered = await renderSite({
      plan,
      planFile: files.plan,
      env: io.env,
      searchIndexed: work.indexed,
      now: io.now,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth <= shownTenth || tenth >= 10) return;
        shownTenth = tenth;
        io.out(`page workers: ${done} of ${total} pages made\n`);
      },
    });
  } catch (error) {
    // A full disk or a folder without permission is named by safeBuild, with its fix.
    if (describeFsError(error)) throw error;
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return failed(1);
  }
  lap("render");
  const workers = plural(plan.pages.workers, "page worker");
  const { asRecorded } = rendered.pages;
  const recordedPart = asRecorded > 0 ? ` (${asRecorded} taken as recorded, not made again)` : "";
  io.out(
    `page workers: ${plural(rendered.pages.rendered, "page")} written, ${rendered.pages.reused} unchanged${recordedPart}\n`,
  );
  const astroPart = plan.runAstro ? `astro ${rendered.astroSeconds.toFixed(1)} s; beside it ` : "";
  io.out(
    `render: ${astroPart}the search index and exports ${rendered.indexSeconds.toFixed(1)} s; ${workers} (${plan.pages.early} at once) ${rendered.pagesSeconds.toFixed(1)} s\n`,
  );
  const exit = rendered.astro;
  if (exit.code !== 0) {
    io.err(`astro build ${exit.signal ? `was stopped by ${exit.signal}` : `exited with code ${exit.code}`}\n`);
    return failed(exit.code);
  }
  if (plan.runAstro && !isCompleteSite(folders.astro)) {
    io.err(`astro build exited with code 0 but wrote no index.html into ${shown(io.cwd, folders.astro)}\n`);
    return failed(1);
  }
  let assembled: AssembledSite;
  let index: WrittenIndex;
  try {
    index = await work.indexed;
    const { kept } = index;
    if (kept.some((file) => file.startsWith(`${EXPORTS_DIR}/`)))
      io.out(`data exports: unchanged since the last build, kept\n`);
    assembled = assembleSite(plan, { pages: reuse, astro, exports }, kept);
  } catch (error) {
    if (describeFsError(error)) throw error;
    io.err(`could not put the new site in ${site}: ${error instanceof Error ? error.message : String(error)}\n`);
    return failed(1);
  }
  const recorded = recording.finish({
    cwd: io.cwd,
    check,
    tally: index.tally,
    pages: assembled.pages,
    pageRecord: reuse.generation(),
    bodies,
  });
  for (const warning of [...assembled.warnings, ...(recorded ? [recorded] : [])]) io.err(`warning: ${warning}\n`);
  lap("keep pages, index, sitemap, swap");
  if (assembled.kept > 0) io.out(`${plural(assembled.kept, "unchanged page")} kept from the last build\n`);
  if (assembled.updated) {
    const { written, removed } = assembled.updated;
    io.out(`${site} updated in place: ${plural(written, "file")} written, ${plural(removed, "file")} removed\n`);
  }
  const pages = assembled.pages;
  const seconds = ((io.now() - started) / 1000).toFixed(1);
  const timings = phases.map(([phase, s]) => `${phase} ${s.toFixed(1)} s`).join(", ");
  io.out(`build ok: ${plural(pages, "page")} written to ${site} in ${seconds} s (${timings})\n`);
  // Said again as the summary's last line (on its stream), where the eye lands once the build is done.
  if (originWarning) io.out(`${originWarning}\n`);
  return 0;
}
