import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import type { OutputFolders } from "./outputFolders.ts";
import { isCompleteSite } from "./siteFolder.ts";
import { isAlive } from "./buildLock.ts";
import { finishUpdate } from "./updateInPlace.ts";

/**
 * The names a build gives its folders next to the site (`dist.tmp-123`, `dist.old-123`,
 * `dist.work-123`), and those earlier versions gave their scratch files (`dist.tmp-123.search`, …).
 */
const LEFTOVER = /^\.(?:tmp|old|work)-\d+(?:\.(?:search|site\.v8|split|pages)(?:\.\d+\.tmp)?)?$/u;

/**
 * Repairs what a killed build left next to the site folder; run while holding the build lock, so
 * no other build is using them. When the build was killed between the two renames of the swap, the
 * site folder is missing and the last good site waits as `dist.old-<pid>`: it is put back. Every
 * other leftover of an earlier build (`dist.tmp-*`, `dist.old-*`, `dist.work-*`) is handed to
 * `discard`, once any update in place it holds is finished (src/io/safeBuild/updateInPlace.ts).
 * Returns what was done, a line each, for the log.
 */
export function recoverOutput(folders: OutputFolders, discard: (dir: string) => void): string[] {
  const parent = path.dirname(folders.final);
  const base = path.basename(folders.final);
  const leftovers = safeList(parent).filter((name) => name.startsWith(base) && LEFTOVER.test(name.slice(base.length)));
  const done: string[] = [];
  if (!existsSync(folders.final)) {
    const asides = leftovers
      .filter((name) => name.slice(base.length).startsWith(".old-") && isCompleteSite(path.join(parent, name)))
      .sort((a, b) => statSync(path.join(parent, b)).mtimeMs - statSync(path.join(parent, a)).mtimeMs);
    const restored = asides[0];
    if (restored) {
      renameSync(path.join(parent, restored), folders.final);
      done.push(
        `an earlier build was stopped while swapping sites: the last good site (${restored}) is back in ${base}`,
      );
    }
  }
  // A build killed while updating the site in place: the rest of its update waits in its staging folder.
  if (existsSync(folders.final)) {
    for (const name of leftovers.filter((entry) => entry.slice(base.length).startsWith(".tmp-"))) {
      const update = finishUpdate(folders.final, path.join(parent, name));
      if (update) {
        done.push(
          `an earlier build was stopped while updating ${base} in place: its update is finished (${update.written} files written, ${update.removed} removed)`,
        );
      }
    }
  }
  for (const name of leftovers) {
    const full = path.join(parent, name);
    if (!existsSync(full)) continue;
    discard(full);
    done.push(`removed ${name}, left by an earlier build that was stopped`);
  }
  // Astro's own folder of a build into a site outside the project (see outputFolders): builds of
  // other output folders may be running there, so only those of processes that are gone are removed.
  const astroParent = path.dirname(folders.astro);
  if (astroParent !== parent) {
    for (const name of safeList(astroParent)) {
      const pid = /^dist\.tmp-(\d+)(?:\.split)?$/u.exec(name)?.[1];
      if (pid === undefined || isAlive(Number(pid))) continue;
      discard(path.join(astroParent, name));
      done.push(`removed ${name}, left by an earlier build that was stopped`);
    }
  }
  return done;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
