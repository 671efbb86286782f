import { writeFileSync } from "node:fs";
import path from "node:path";
import { sitemapFiles, sitemapPaths } from "../lib/site/sitemap.ts";

/**
 * Writes the sitemap of a built site folder, listing the pages among `files` (its files, relative
 * to it); `origin` is the site's public origin. Returns how many pages it lists.
 */
export function writeSitemap(siteDir: string, files: Iterable<string>, origin: string): number {
  const paths = sitemapPaths(files);
  for (const [name, xml] of sitemapFiles(paths, origin)) writeFileSync(path.join(siteDir, name), xml);
  return paths.length;
}
