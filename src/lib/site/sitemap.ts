// The sitemap (sitemap-index.xml and sitemap-<n>.xml), made from the pages a built site holds, so
// a rebuild that kept most pages from the last build writes the same bytes as a full build.
import { xmlSafeText } from "../text/xmlSafe.ts";

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

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;" };

/**
 * A URL as the text of a `<loc>`: the five characters XML reserves written as entities. `URL`
 * has percent-encoded control characters already; what XML 1.0 forbids is dropped all the same.
 */
function xmlText(url: string): string {
  return xmlSafeText(url).replace(/[&<>'"]/gu, (c) => XML_ESCAPES[c] ?? c);
}

/** A `<urlset>` or `<sitemapindex>` listing `urls`, each in a `<url>` or `<sitemap>` of its own. */
function xmlOf(root: "urlset" | "sitemapindex", entry: "url" | "sitemap", urls: readonly string[]): string {
  const entries = urls.map((url) => `<${entry}><loc>${xmlText(url)}</loc></${entry}>`).join("");
  return `${XML_DECLARATION}<${root} xmlns="${XMLNS}">${entries}</${root}>`;
}

/**
 * The sitemap files for URL paths on `origin` (`https://example.org`): `sitemap-0.xml`, … of at
 * most `perFile` URLs each, and the index naming them; none without pages (a sitemap may not be
 * empty). URLs are made with `URL` (which percent-encodes them) and escaped for XML. Written as
 * strings: the format is two fixed elements, and the `sitemap` package's streams were slow at the
 * end of every build, while nothing else ran (README, "Builds").
 */
export function sitemapFiles(
  paths: readonly string[],
  origin: string,
  perFile = SITEMAP_URLS_PER_FILE,
): Map<string, string> {
  const files = new Map<string, string>();
  if (paths.length === 0) return files;
  for (let start = 0, n = 0; start < paths.length; start += perFile, n += 1) {
    const urls = paths.slice(start, start + perFile).map((p) => new URL(p, origin).href);
    files.set(`sitemap-${n}.xml`, xmlOf("urlset", "url", urls));
  }
  const index = [...files.keys()].map((name) => new URL(`/${name}`, origin).href);
  files.set(SITEMAP_INDEX, xmlOf("sitemapindex", "sitemap", index));
  return files;
}
