import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSiteSearch } from "../../lib/search/buildSiteSearch.ts";
import { eachIndexFile, indexAsFiles } from "../../lib/search/store.ts";
import type { SiteIndex } from "../../lib/site/siteIndex.ts";

/** The folder of the search index inside the site (the search page fetches from `/search/index/`). */
export const SEARCH_INDEX_DIR = "search/index";

/** Every file of a site's search index (`path → JSON`). */
export function searchIndexFiles(site: SiteIndex): Map<string, string> {
  return indexAsFiles(buildSiteSearch(site));
}

/**
 * Makes a site's search index and writes it into a site folder's `search/index/` (made even when
 * empty): the files of {@link searchIndexFiles}, each written as soon as it is made and let go, so
 * the index's text is never held whole. Returns the number of files written.
 */
export function writeSiteSearch(siteDir: string, site: Parameters<typeof buildSiteSearch>[0]): number {
  const write = indexFileWriter(siteDir);
  let count = 0;
  eachIndexFile(buildSiteSearch(site), (file, text) => {
    write(file, text);
    count += 1;
  });
  return count;
}

/** A writer of index files into a site folder's `search/index/` (made at once, even if no file comes), creating each folder once. */
function indexFileWriter(siteDir: string): (file: string, text: string) => void {
  const root = path.join(siteDir, SEARCH_INDEX_DIR);
  mkdirSync(root, { recursive: true });
  const made = new Set<string>([root]);
  return (file, text) => {
    const target = path.join(root, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
  };
}
