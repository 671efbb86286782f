import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { describeFsError } from "../fsErrors.ts";
import { archiveSettings } from "../settings.ts";
import { acquireBuildLock } from "./buildLock.ts";
import { buildSite, shown } from "./buildSite.ts";
import { discardFolder } from "./discardFolder.ts";
import { outputFolders, type OutputFolders } from "./outputFolders.ts";
import { recoverOutput } from "./recoverOutput.ts";

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
 * does), builds into a temporary folder next to the final one (src/io/safeBuild/buildSite.ts), and
 * only when that build succeeded and wrote a home page swaps it in place of the old site. On any
 * failure the old site is left exactly as it was and no temporary folder remains. One build at a
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
      return await buildSite(io, options, folders, (code) => failure(io, folders, code));
    } finally {
      for (const dir of [folders.work, folders.site, folders.astro]) rmSync(dir, { recursive: true, force: true });
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
