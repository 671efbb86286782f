import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { describeFsError } from "../fsErrors.ts";
import { archiveSettings } from "../settings.ts";
import { acquireBuildLock } from "./buildLock.ts";
import { startSiteCheck } from "../editRecord/siteCheck.ts";
import type { NoQuickEdit } from "../editRecord/findQuickEdit.ts";
import { shown } from "./logText.ts";
import { discardFolder } from "./discardFolder.ts";
import { outputFolders, type OutputFolders } from "./outputFolders.ts";
import { recoverOutput } from "./recoverOutput.ts";
import { UPDATE_JOURNAL } from "./updateInPlace.ts";

/** What a safe build may touch of the outside world; `scripts/build.ts` passes the real process. */
export interface BuildIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The environment: the settings (src/io/settings.ts), and whatever Astro reads. */
  env: Record<string, string | undefined>;
  /** The project folder: paths resolve against it and Astro runs in it. */
  cwd: string;
  /** This process's id, which names the temporary folders. */
  pid: number;
  /** A monotonic clock in milliseconds, for the time taken. */
  now(): number;
}

/** Choices of one build. */
export interface BuildOptions {
  /** Render every page, even those unchanged since the last build. */
  full?: boolean;
}

/** True when a build stopped while updating the site in place: its staged files and journal wait in its staging folder. */
function updateUnderWay(folders: OutputFolders): boolean {
  return existsSync(path.join(folders.site, UPDATE_JOURNAL));
}

function failure(io: BuildIo, folders: OutputFolders, code: number): number {
  const site = shown(io.cwd, folders.final);
  io.err(
    updateUnderWay(folders)
      ? `build failed while updating the site in ${site} in place: some of its files are new, some old; the next build finishes the update first (the rest waits in ${shown(io.cwd, folders.site)})\n`
      : existsSync(folders.final)
        ? `build failed: the last good site in ${site} is unchanged\n`
        : `build failed: no site was written to ${site}\n`,
  );
  return code;
}

/**
 * Finishes an edit to articles' bodies alone without a build (src/io/editRecord/), or says why
 * not. The site's files are looked at on disk in a thread meanwhile, started before the quick
 * build's code (the parser above all) is loaded.
 */
async function quickEdit(io: BuildIo, folders: OutputFolders): Promise<{ code: number } | NoQuickEdit> {
  const cacheDir = archiveSettings(io.env, io.cwd).cacheDir;
  const files = startSiteCheck({ cacheDir, site: folders.final });
  const { finishEdit } = await import("../editRecord/finishEdit.ts");
  return finishEdit(io, folders, files);
}

/**
 * `npm run build` without ever losing the site: checks the content first (as `archive check`
 * does), builds into a temporary folder next to the final one (src/io/safeBuild/buildSite.ts), and
 * only when that build succeeded and wrote a home page swaps it in place of the old site, or, when
 * most pages are kept, renames the new files into it (src/io/safeBuild/updateInPlace.ts). On any
 * failure before that the old site is left exactly as it was and no temporary folder remains; an
 * update in place that fails halfway is finished by the next build. One build at a
 * time per output folder: a second waits for the lock (`dist.lock`), and the first thing a build
 * does is to repair what a killed one left (src/io/safeBuild/recoverOutput.ts). Pages whose model
 * and code are unchanged since the last build (and whose files are untouched) are not rendered
 * again but linked from the old site (src/io/pageReuse/). A full disk or a folder without
 * permission ends the build with one line naming the file and the fix. Returns the exit code.
 */
export async function safeBuild(io: BuildIo, options: BuildOptions = {}): Promise<number> {
  const folders = outputFolders(io.env, io.cwd, io.pid);
  const trash = path.join(archiveSettings(io.env, io.cwd).cacheDir, "trash");
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
    for (const line of recoverOutput(folders, (dir) => discardFolder(dir, trash))) io.err(`${line}\n`);
    try {
      const quick = options.full ? undefined : await quickEdit(io, folders);
      if (quick && "code" in quick) return quick.code;
      // Said (but after a first build, which left no record) so an editor knows why this one takes longer.
      if (quick && !quick.quiet) io.out(`a whole build, not a quick edit: ${quick.reason}\n`);
      // Loaded only now: a quick edit needs none of it.
      const { buildSite } = await import("./buildSite.ts");
      return await buildSite(io, options, folders, (code) => failure(io, folders, code), quick?.fingerprints);
    } finally {
      // An update in place that failed halfway keeps its staging folder, for the next build to finish it.
      const scratch = updateUnderWay(folders) ? [folders.work] : [folders.work, folders.site, folders.astro];
      for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
    }
  } catch (error) {
    const described = describeFsError(error);
    if (!described) throw error;
    io.err(`${described}\n`);
    return failure(io, folders, 1);
  } finally {
    release?.();
  }
}
