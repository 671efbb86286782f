import { lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { IndexTally } from "../../lib/search/buildIndex.ts";
import { buildSiteSearch } from "../../lib/search/buildSiteSearch.ts";
import { eachIndexFile, indexAsFiles } from "../../lib/search/store.ts";
import type { SiteIndex } from "../../lib/site/siteIndex.ts";

/** The folder of the search index inside the site (the search page fetches from `/search/index/`). */
export const SEARCH_INDEX_DIR = "search/index";

/** Every file of a site's search index (`path → JSON`). */
export function searchIndexFiles(site: SiteIndex): Map<string, string> {
  return indexAsFiles(buildSiteSearch(site));
}

/** What writing a search index did: the files written, and those left as they were in the last site. */
export interface WrittenIndex {
  /** Files written. */
  written: number;
  /** Files (relative to the site, under `search/index/`) not written because the last site has them with these very bytes. */
  kept: string[];
  /** What patching the index needs besides its files (src/lib/search/patchIndex.ts). */
  tally: IndexTally;
}

/**
 * Makes a site's search index and writes it into a site folder's `search/index/` (made even when
 * empty): the files of {@link searchIndexFiles}, each written as soon as it is made and let go, so
 * the index's text is never held whole. Given the last site (`lastSite`, its folder), a file it
 * already holds as a regular file with the same bytes is not written but listed as kept: an edit
 * changes a few of an index's thousands of files.
 */
export function writeSiteSearch(
  siteDir: string,
  site: Parameters<typeof buildSiteSearch>[0],
  lastSite?: string,
): WrittenIndex {
  const write = indexFileWriter(siteDir);
  const same = lastSite === undefined ? () => false : sameFileIn(path.join(lastSite, SEARCH_INDEX_DIR));
  const index = buildSiteSearch(site);
  const result: WrittenIndex = { written: 0, kept: [], tally: index.tally };
  eachIndexFile(index, (file, text) => {
    if (same(file, text)) result.kept.push(path.join(SEARCH_INDEX_DIR, file));
    else {
      write(file, text);
      result.written += 1;
    }
  });
  return result;
}

/** Whether a folder holds a file as a regular file (not a link) whose text is `text`. */
function sameFileIn(root: string): (file: string, text: string) => boolean {
  return (file, text) => {
    const target = path.join(root, file);
    const stat = lstatSync(target, { throwIfNoEntry: false });
    // The size in UTF-8 first: most changed files differ in it, and are not read.
    if (!stat?.isFile() || stat.size !== Buffer.byteLength(text)) return false;
    try {
      // Bytes against bytes: decoding the file into a string to compare costs more than encoding the text.
      return readFileSync(target).equals(Buffer.from(text));
    } catch {
      return false;
    }
  };
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
