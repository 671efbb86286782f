import { copyFileSync, linkSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { RouteManifest } from "./manifest.ts";

/**
 * Puts every page a build reused into the new site: a hard link to the file in the last good site
 * (no copy, and the old site stays as it is), or a copy where the filesystem cannot link. Runs
 * after Astro has finished, so nothing ever writes through a link. Returns the number of pages.
 */
export function linkReusedPages(manifests: readonly RouteManifest[], from: string, to: string): number {
  const made = new Set<string>();
  let count = 0;
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
      try {
        linkSync(source, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
        copyFileSync(source, target);
      }
      count += 1;
    }
  }
  return count;
}
