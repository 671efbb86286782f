import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { formatProblem, type ContentProblem } from "../../lib/errors.ts";
import { buildReuse } from "../pageReuse/buildReuse.ts";
import { moveSearchIndex } from "../search/searchIndexFiles.ts";
import { exampleOriginWarning, isExampleOrigin } from "../../lib/siteConfig/exampleOrigin.ts";
import { ORIGIN_OVERRIDE } from "../../lib/siteConfig/originOverride.ts";
import { writeSitemap } from "../writeSitemap.ts";
import { WRITTEN_BY_CALLER } from "./byCaller.ts";
import { archiveCacheDir } from "../readArchiveSources.ts";
import { SITE_SNAPSHOT } from "../siteSnapshot.ts";
import { startContentWork } from "./contentWork.ts";
import { outputFolders, type OutputFolders } from "./outputFolders.ts";
import { acquireBuildLock } from "./buildLock.ts";
import { recoverOutput } from "./recoverOutput.ts";
import { describeFsError } from "../fsErrors.ts";
import { damagedCacheNotice } from "../articleCache.ts";
import { replaceFolder } from "./replaceFolder.ts";
import { moveFolder } from "./moveFolder.ts";
import { astroRunPlans, mergeSplitPages, RENDER_SPLIT, splitsRendering } from "./renderSplit.ts";
import { runAstroBuild } from "./runAstroBuild.ts";
import { countPages, isCompleteSite, siteFiles } from "./siteFolder.ts";
import { discardFolder } from "./discardFolder.ts";

/** What a safe build may touch of the outside world; `scripts/build.ts` passes the real process. */
export interface BuildIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The environment: ARCHIVE_CONTENT_DIR, ARCHIVE_OUT_DIR, and whatever Astro reads. */
  env: Record<string, string | undefined>;
  /** The project folder: paths resolve against it and Astro runs in it. */
  cwd: string;
  /** This process's id, which names the temporary folders. */
  pid: number;
  /** A monotonic clock in milliseconds, for the time taken. */
  now(): number;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

function shown(cwd: string, dir: string): string {
  const relative = path.relative(cwd, dir);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
}

function printProblems(io: BuildIo, problems: readonly ContentProblem[]): void {
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  const errors = problems.filter((p) => p.severity === "error").length;
  io.err(`${plural(errors, "content error")}, ${plural(problems.length - errors, "warning")}\n`);
}

/** Choices of one build. */
export interface BuildOptions {
  /** Render every page, even those unchanged since the last build. */
  full?: boolean;
}

/**
 * The build itself, once the lock is held: check (in a worker), Astro into a temporary folder (two
 * processes for a cold build of a large archive: src/io/safeBuild/renderSplit.ts), the search index
 * alongside and the sitemap once the site is whole, then the swap. Returns the exit code.
 */
async function buildUnderLock(io: BuildIo, options: BuildOptions, folders: OutputFolders): Promise<number> {
  const started = io.now();
  /** Where the time went, for the last line: phase and seconds. */
  const phases: [string, number][] = [];
  let lapStart = started;
  const lap = (phase: string): void => {
    const now = io.now();
    phases.push([phase, (now - lapStart) / 1000]);
    lapStart = now;
  };
  const site = shown(io.cwd, folders.final);
  const failed = (code: number): number => failure(io, folders, code);

  const contentDir = path.resolve(io.cwd, io.env["ARCHIVE_CONTENT_DIR"] ?? "content");
  const cacheDir = archiveCacheDir(io.cwd, io.env);
  const searchAside = `${folders.temporary}.search`;
  const snapshot = `${folders.temporary}.site.v8`;
  rmSync(searchAside, { recursive: true, force: true });
  rmSync(snapshot, { force: true });
  // The check, and then the search index (made while Astro renders), run in a worker thread: its
  // memory is given back when it ends, before Astro's peak. Astro starts only after the check:
  // starting it alongside (reading the content once checked) was measured slower on 2 cores, as its
  // startup and the parse slowed each other more than they overlapped (1,000 articles: 15.4–16.2 s
  // before, 17.5–18.9 s alongside; 10,000: 84.4 against 85.1 s).
  const work = startContentWork(
    {
      contentDir,
      cwd: io.cwd,
      cacheDir,
      searchAside,
      snapshot,
      readCache: !options.full,
      originOverride: io.env[ORIGIN_OVERRIDE],
    },
    (warning) => io.err(`warning: ${warning}\n`),
  );
  const check = await work.checked;
  if (!check.ok) {
    printProblems(io, check.problems);
    return failed(1);
  }
  lap("check");
  io.out(
    `content ok: ${plural(check.articles, "article")}, ${plural(check.quotes, "quote")}, ${plural(check.warnings.length, "warning")}\n`,
  );
  // The site's origin, as checked (site.yaml's, or ARCHIVE_SITE_URL's): Astro's `site` and the sitemap's.
  const origin = check.siteConfig.origin;
  const originWarning = isExampleOrigin(origin)
    ? exampleOriginWarning(origin, shown(io.cwd, path.join(contentDir, "site.yaml")))
    : undefined;
  if (originWarning) io.err(`${originWarning}\n`);
  if (check.cache) {
    const notice = damagedCacheNotice(check.cache);
    if (notice) io.err(`${notice}\n`);
    io.out(`archive: ${check.cache.misses} articles parsed, ${check.cache.hits} unchanged (from the cache)\n`);
  }

  const reuse = buildReuse({
    final: folders.final,
    scratch: `${folders.temporary}.pages`,
    cacheDir,
    full: options.full ?? false,
  });
  if (reuse.reusing) io.out(`pages unchanged since the last build in ${site} are kept (--full renders all)\n`);
  if (reuse.altered > 0)
    io.err(`warning: ${plural(reuse.altered, "page")} of ${site} changed on disk since it was built: rendered again\n`);
  const split = splitsRendering({
    env: io.env,
    quotes: check.quotes,
    reusingPages: reuse.reusing,
    cwd: io.cwd,
    outDir: folders.astro,
  });
  const splitSite = `${folders.astro}.split`;
  try {
    rmSync(folders.temporary, { recursive: true, force: true });
    rmSync(folders.astro, { recursive: true, force: true });
    rmSync(splitSite, { recursive: true, force: true });
    reuse.cleanUp();
    mkdirSync(path.dirname(folders.final), { recursive: true });
    const env = {
      ...io.env,
      ...reuse.env,
      [WRITTEN_BY_CALLER]: "1",
      [SITE_SNAPSHOT]: snapshot,
      [ORIGIN_OVERRIDE]: origin,
    };
    const plans = astroRunPlans({ split, articles: check.articles, outDir: folders.astro, splitOutDir: splitSite });
    if (split) io.out(`two Astro processes render at once, sharing the quote pages (${RENDER_SPLIT}=never: one)\n`);
    // Stops the Astro processes when the content worker fails: they would wait for its snapshot.
    const stop = new AbortController();
    const building = Promise.all(
      plans.map(async (plan) => {
        const exit = await runAstroBuild({ ...plan, cwd: io.cwd, env: { ...env, ...plan.env }, signal: stop.signal });
        return { name: plan.name, exit };
      }),
    );
    try {
      await work.indexed;
    } catch (error) {
      stop.abort();
      await building;
      throw error;
    }
    lap("search index alongside astro");
    const exits = await building;
    lap("rest of astro");
    for (const { name, exit } of exits) {
      if (exit.code === 0) continue;
      io.err(`${name} ${exit.signal ? `was stopped by ${exit.signal}` : `exited with code ${exit.code}`}\n`);
      return failed(exit.code);
    }
    if (split) mergeSplitPages(splitSite, folders.astro);
    if (!isCompleteSite(folders.astro)) {
      io.err(`astro build exited with code 0 but wrote no index.html into ${shown(io.cwd, folders.astro)}\n`);
      return failed(1);
    }
    if (folders.astro !== folders.temporary) moveFolder(folders.astro, folders.temporary);
    moveSearchIndex(searchAside, folders.temporary);
    const kept = reuse.linkInto(folders.temporary);
    const files = siteFiles(folders.temporary);
    writeSitemap(folders.temporary, files, origin);
    const pages = countPages(files);
    try {
      replaceFolder({ final: folders.final, next: folders.temporary, aside: folders.aside }, (old) =>
        discardFolder(old, path.join(cacheDir, "trash")),
      );
    } catch (error) {
      io.err(`could not move the new site into ${site}: ${error instanceof Error ? error.message : String(error)}\n`);
      return failed(1);
    }
    // The new site is in place: nothing from here on may fail the build.
    const recordWarning = reuse.record();
    if (recordWarning) io.err(`warning: ${recordWarning}\n`);
    lap("keep pages, index, sitemap, swap");
    if (kept > 0) io.out(`${plural(kept, "unchanged page")} kept from the last build\n`);
    const seconds = ((io.now() - started) / 1000).toFixed(1);
    const timings = phases.map(([phase, s]) => `${phase} ${s.toFixed(1)} s`).join(", ");
    io.out(`build ok: ${plural(pages, "page")} written to ${site} in ${seconds} s (${timings})\n`);
    // Said again as the summary's last line (on its stream), where the eye lands once the build is done.
    if (originWarning) io.out(`${originWarning}\n`);
    return 0;
  } finally {
    rmSync(folders.temporary, { recursive: true, force: true });
    rmSync(folders.astro, { recursive: true, force: true });
    rmSync(searchAside, { recursive: true, force: true });
    rmSync(snapshot, { force: true });
    rmSync(splitSite, { recursive: true, force: true });
    reuse.cleanUp();
  }
}

function failure(io: BuildIo, folders: OutputFolders, code: number): number {
  const site = shown(io.cwd, folders.final);
  io.err(
    existsSync(folders.final)
      ? `build failed: the last good site in ${site} is unchanged\n`
      : `build failed: no site was written to ${site}\n`,
  );
  return code;
}

/**
 * `npm run build` without ever losing the site: checks the content first (as `archive check`
 * does), builds with Astro into a temporary folder next to the final one, and only when that build
 * succeeded and wrote a home page swaps it in place of the old site. On any failure the old site is
 * left exactly as it was and no temporary folder remains. One build at a time per output folder: a
 * second waits for the lock (`dist.lock`), and the first thing a build does is to repair what a
 * killed one left (src/io/safeBuild/recoverOutput.ts). Parsed articles are kept in the cache
 * folder, and pages whose data and code are unchanged since the last build (and whose files are
 * untouched) are not rendered again but linked from the old site (src/site/changedPages.ts). A
 * full disk or a folder without permission ends the build with one line naming the file and the
 * fix. Returns the exit code.
 */
export async function safeBuild(io: BuildIo, options: BuildOptions = {}): Promise<number> {
  const folders = outputFolders(io.env, io.cwd, io.pid);
  const cacheDir = archiveCacheDir(io.cwd, io.env);
  let release: (() => void) | undefined;
  try {
    mkdirSync(path.dirname(folders.final), { recursive: true });
    release = await acquireBuildLock(`${folders.final}.lock`, {
      pid: io.pid,
      now: () => new Date(),
      onWait: (owner) =>
        io.err(
          `another build (process ${owner.pid}, started ${owner.started}) is writing ${shown(io.cwd, folders.final)}: waiting for it to finish\n`,
        ),
    });
    for (const line of recoverOutput(folders, (dir) => discardFolder(dir, path.join(cacheDir, "trash")))) {
      io.err(`${line}\n`);
    }
    return await buildUnderLock(io, options, folders);
  } catch (error) {
    const described = describeFsError(error);
    if (!described) throw error;
    io.err(`${described}\n`);
    return failure(io, folders, 1);
  } finally {
    release?.();
  }
}
