import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSiteSearch } from "../../lib/search/buildSiteSearch.ts";
import { indexAsFiles } from "../../lib/search/store.ts";
import type { SiteIndex } from "../../lib/site/siteIndex.ts";

/** The folder of the search index inside the site (the search page fetches from `/search/index/`). */
export const SEARCH_INDEX_DIR = "search/index";

/** Every file of a site's search index (`path → JSON`). */
export function searchIndexFiles(site: SiteIndex): Map<string, string> {
  return indexAsFiles(buildSiteSearch(site));
}

/** Writes the search index into a site folder (its `search/index/`, made even when empty), creating each folder once. */
export function writeSearchIndex(siteDir: string, files: ReadonlyMap<string, string>): void {
  const root = path.join(siteDir, SEARCH_INDEX_DIR);
  mkdirSync(root, { recursive: true });
  const made = new Set<string>([root]);
  for (const [file, text] of files) {
    const target = path.join(root, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
  }
}
