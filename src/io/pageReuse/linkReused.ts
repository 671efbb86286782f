import { copyFileSync, linkSync, mkdirSync } from "node:fs";
import path from "node:path";
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
  const made = new Set<string>();
  const copied: string[] = [];
  let kept = 0;
  for (const manifest of manifests) {
    for (const page of manifest.pages) {
      if (!page.reused) continue;
      const source = path.join(from, page.file);
      const target = path.join(to, page.file);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      if (!linkOrCopy(source, target)) copied.push(page.file);
      kept += 1;
    }
  }
  return { kept, copied };
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
