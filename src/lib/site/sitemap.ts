// The sitemap (sitemap-index.xml and sitemap-<n>.xml), made from the pages a built site holds, so
// a rebuild that kept most pages from the last build writes the same bytes as a full build.
import { SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";

/** URLs per sitemap file: the sitemap protocol allows 50,000. */
export const SITEMAP_URLS_PER_FILE = 50_000;

/** The name of the file that lists the sitemap files (what robots.txt and every page point to). */
export const SITEMAP_INDEX = "sitemap-index.xml";

/**
 * The URL paths of the pages a sitemap lists, given a site's files (paths relative to the site,
 * `/` or `\` separated): every `index.html` as its folder's URL, sorted; the 404 page, data
 * exports, feeds and other files are not pages to index.
 */
export function sitemapPaths(files: Iterable<string>): string[] {
  const paths: string[] = [];
  for (const file of files) {
    const parts = file.split(/[\\/]/u);
    if (parts.at(-1) !== "index.html") continue;
    const folder = parts.slice(0, -1).join("/");
    paths.push(folder === "" ? "/" : `/${folder}/`);
  }
  return paths.sort();
}

async function xmlOf(stream: SitemapStream | SitemapIndexStream, urls: readonly string[]): Promise<string> {
  const done = streamToPromise(stream);
  for (const url of urls) stream.write({ url });
  stream.end();
  return String(await done);
}

/**
 * The sitemap files for URL paths on `origin` (`https://example.org`): `sitemap-0.xml`, … of at
 * most `perFile` URLs each, and the index naming them; none without pages (a sitemap may not be
 * empty). Made with the `sitemap` package, which validates and escapes every URL.
 */
export async function sitemapFiles(
  paths: readonly string[],
  origin: string,
  perFile = SITEMAP_URLS_PER_FILE,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const xmlns = { news: false, video: false, xhtml: false, image: false };
  if (paths.length === 0) return files;
  for (let start = 0, n = 0; start < paths.length; start += perFile, n += 1) {
    const urls = paths.slice(start, start + perFile).map((p) => new URL(p, origin).href);
    files.set(`sitemap-${n}.xml`, await xmlOf(new SitemapStream({ xmlns }), urls));
  }
  const index = [...files.keys()].map((name) => new URL(`/${name}`, origin).href);
  files.set(SITEMAP_INDEX, await xmlOf(new SitemapIndexStream(), index));
  return files;
}
