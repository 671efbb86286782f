// A build that keeps most of the last site's pages (an editor's edit) updates the site folder in
// place instead of putting a whole new one together beside it: linking tens of thousands of kept
// pages into a new folder, and deleting the old one, cost more than everything else in such a build.
// The new and changed files, all made and put together in a staging folder first, are renamed into
// the site one by one (each file is at every moment either its old or its new version), then the
// files the new site no longer has are removed. A journal in the staging folder lists those files,
// written before the first rename: a build killed halfway is finished by the next one
// (src/io/safeBuild/recoverOutput.ts) from the staging folder and the journal.
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { siteFiles } from "./siteFolder.ts";

/** The journal's name, at the top of the staging folder (no file of a site starts with a dot there). */
export const UPDATE_JOURNAL = ".update-in-place.json";

/** What updating a site in place did. */
export interface SiteUpdate {
  /** Files renamed into the site: new ones and new versions of old ones. */
  written: number;
  /** Files of the old site the new one no longer has, removed. */
  removed: number;
}

/**
 * Updates the site in `final` to the new site made of the files in `staged` plus the files of
 * `final` it keeps: every file in `staged` is renamed into `final` (replacing the old version), and
 * each file of `remove` (relative to the site) is deleted, with its folder when that is left empty.
 * `staged` is left empty (its folders aside); the journal is removed last.
 */
export function updateInPlace(final: string, staged: string, remove: readonly string[]): SiteUpdate {
  // Written whole (aside, then renamed) before the first rename: a journal that is there is complete.
  const journal = path.join(staged, UPDATE_JOURNAL);
  writeFileSync(`${journal}.tmp`, JSON.stringify({ remove }));
  renameSync(`${journal}.tmp`, journal);
  return applyUpdate(final, staged, remove);
}

/**
 * Finishes the update a killed build left in `staged` for `final`: what is still staged is renamed
 * in, what the journal lists is removed (a file already gone counts as removed). Returns undefined,
 * doing nothing, when `staged` holds no journal: that build had not begun to change the site.
 */
export function finishUpdate(final: string, staged: string): SiteUpdate | undefined {
  let remove: string[];
  try {
    remove = (JSON.parse(readFileSync(path.join(staged, UPDATE_JOURNAL), "utf8")) as { remove: string[] }).remove;
  } catch {
    return undefined;
  }
  return applyUpdate(final, staged, remove);
}

/** Renames every staged file into the site, removes the files of `remove`, then the journal. */
function applyUpdate(final: string, staged: string, remove: readonly string[]): SiteUpdate {
  let written = 0;
  const made = new Set<string>();
  for (const file of siteFiles(staged)) {
    if (file === UPDATE_JOURNAL || file === `${UPDATE_JOURNAL}.tmp`) continue;
    const target = path.join(final, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    renameSync(path.join(staged, file), target);
    written += 1;
  }
  const root = path.resolve(final);
  let removed = 0;
  for (const file of remove) {
    const target = path.resolve(root, file);
    // Only ever a file inside the site, whatever a journal found on disk says.
    if (!target.startsWith(root + path.sep)) continue;
    rmSync(target, { force: true });
    removeEmptyFolders(root, path.dirname(target));
    removed += 1;
  }
  rmSync(path.join(staged, UPDATE_JOURNAL), { force: true });
  return { written, removed };
}

/** Removes `folder` and its parents up to (not including) `root` while they are empty. */
function removeEmptyFolders(root: string, folder: string): void {
  for (let dir = folder; dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
