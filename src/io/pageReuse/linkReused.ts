import { copyFileSync, linkSync } from "node:fs";
import path from "node:path";
import { folderMaker } from "../folderMaker.ts";
import type { RouteManifest } from "./manifest.ts";

/** What linking the reused pages did: how many pages, and those copied because they could not be linked. */
export interface LinkedPages {
  kept: number;
  /** Pages (files relative to the site) copied instead of linked: new files, with fingerprints of their own. */
  copied: string[];
}

/**
 * Puts every page a build reused into the new site: a hard link to the file in the last good site
 * (no copy, and the old site stays as it is), or a copy where the filesystem cannot link. Runs
 * after Astro has finished, so nothing ever writes through a link. A linked page is the very file
 * of the last site: its fingerprint (src/io/pageReuse/pageFingerprint.ts) is the one recorded.
 */
export function linkReusedPages(manifests: readonly RouteManifest[], from: string, to: string): LinkedPages {
  const reused = manifests.flatMap((manifest) => manifest.pages.filter((page) => page.reused).map((page) => page.file));
  return { kept: reused.length, copied: linkFiles(reused, from, to) };
}

/**
 * Puts each of `files` (relative to both folders) of the folder `from` into the folder `to`, by
 * {@link linkOrCopy}, making folders as needed. Returns the files copied because they could not be linked.
 */
export function linkFiles(files: readonly string[], from: string, to: string): string[] {
  const made = new Set<string>();
  const makeFolder = folderMaker();
  const copied: string[] = [];
  for (const file of files) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      makeFolder(folder);
      made.add(folder);
    }
    if (!linkOrCopy(path.join(from, file), target)) copied.push(file);
  }
  return copied;
}

/**
 * Puts `source` at `target` as a hard link (the same file: no copy, and the source stays as it is),
 * or as a copy where the filesystem cannot link (another filesystem, no permission, too many
 * links). Returns true when it linked.
 */
export function linkOrCopy(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
    copyFileSync(source, target);
    return false;
  }
}
