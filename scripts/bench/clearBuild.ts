// Fresh output and cache folders for a cold build. Deleting a 10k-article build (150,000 files and
// folders) takes about a minute, so old folders are moved aside into trash/ at once and deleted in
// the background when the benchmark has finished measuring.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { BENCH_ROOT, type BuildFolders } from "./paths.ts";

const TRASH = path.join(BENCH_ROOT, "trash");
let moved = 0;

/** Moves a build's output and cache folders out of the way, for a cold build. */
export function clearBuild(folders: BuildFolders): void {
  for (const dir of [folders.outDir, folders.cacheDir]) {
    if (!existsSync(dir)) continue;
    mkdirSync(TRASH, { recursive: true });
    moved += 1;
    renameSync(dir, path.join(TRASH, `${process.pid}-${moved}-${path.basename(dir)}`));
  }
}

/** Deletes everything moved aside (this run's and any left by an interrupted one) in a detached `rm -rf`. */
export function emptyTrashInBackground(): boolean {
  if (!existsSync(TRASH)) return false;
  const aside = `${TRASH}-${process.pid}`;
  renameSync(TRASH, aside);
  spawn("rm", ["-rf", aside], { detached: true, stdio: "ignore" }).unref();
  return true;
}

/**
 * Waits until a build's cache folder has no old site left to delete (`npm run build` deletes the
 * site it replaced in the background, from `<cache>/press-archive/trash/`): deleting 150,000 files
 * loads the disk and would slow whatever is measured next. Gives up after `limitMs`.
 */
export async function waitForBackgroundDeletion(cacheDir: string, limitMs = 300_000): Promise<void> {
  const trash = path.join(cacheDir, "press-archive", "trash");
  const until = Date.now() + limitMs;
  const left = (): number => (existsSync(trash) ? readdirSync(trash).length : 0);
  while (left() > 0 && Date.now() < until) await sleep(250);
}

/** Folders an earlier run left to be deleted in the background (`trash-<pid>`), perhaps still being deleted. */
const earlierTrash = (): string[] =>
  existsSync(BENCH_ROOT) ? readdirSync(BENCH_ROOT).filter((name) => /^trash-\d+$/u.test(name)) : [];

/**
 * Before measuring: waits for an earlier run's background deletion to end (it loads the disk: a
 * floor build measured while one ran took 63.7 s against 42–45 s), and deletes what is left after
 * `limitMs` (a run stopped midway leaves its trash); `onWait` is told when there is any. Returns
 * how many folders there were.
 */
export async function waitForEarlierDeletions(onWait: () => void, limitMs = 180_000): Promise<number> {
  const found = earlierTrash().length;
  if (found > 0) onWait();
  const until = Date.now() + limitMs;
  while (earlierTrash().length > 0 && Date.now() < until) await sleep(500);
  for (const name of earlierTrash())
    rmSync(path.join(BENCH_ROOT, name), { recursive: true, force: true, maxRetries: 5 });
  return found;
}
