// The sitemap (sitemap-index.xml and sitemap-<n>.xml), made from the pages a built site holds, so
// a rebuild that kept most pages from the last build writes the same bytes as a full build.
import { xmlSafeText } from "../text/xmlSafe.ts";

/** URLs per sitemap file: the sitemap protocol allows 50,000. */
export const SITEMAP_URLS_PER_FILE = 50_000;

/** The name of the file that lists the sitemap files (what robots.txt and every page point to). */
export const SITEMAP_INDEX = "sitemap-index.xml";

const PAGE_NAME = "index.html";

/**
 * The URL paths of the pages a sitemap lists, given a site's files (paths relative to the site,
 * `/` or `\` separated): every `index.html` as its folder's URL, sorted; the 404 page, data
 * exports, feeds and other files are not pages to index.
 */
export function sitemapPaths(files: Iterable<string>): string[] {
  const paths: string[] = [];
  for (const file of files) {
    // `index.html` whole, or after a separator; checked without splitting every path of a large site.
    if (!file.endsWith(PAGE_NAME)) continue;
    const nameAt = file.length - PAGE_NAME.length;
    if (nameAt > 0 && file[nameAt - 1] !== "/" && file[nameAt - 1] !== "\\") continue;
    const folder = file.slice(0, Math.max(0, nameAt - 1)).replaceAll("\\", "/");
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

/** An absolute URL path the URL parser keeps as it is: segments of letters, digits, `-`, `_` and `~`, ending in `/`. */
const PLAIN_PATH = /^\/(?:[A-Za-z0-9_~-]+\/)*$/u;

/**
 * `new URL(path, origin).href` for many paths on one origin. A plain path (see PLAIN_PATH: the
 * bulk of a site's page URLs) on an http(s) origin resolves to the origin's scheme, credentials and
 * host followed by the path unchanged, so it is joined to that prefix instead of parsed; any other
 * path goes through `URL`.
 */
function urlsOn(origin: string): (path: string) => string {
  const root = new URL("/", origin);
  if (root.protocol !== "http:" && root.protocol !== "https:") return (p) => new URL(p, origin).href;
  const prefix = root.href.slice(0, -1);
  return (p) => (PLAIN_PATH.test(p) ? prefix + p : new URL(p, origin).href);
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
  const urlOf = urlsOn(origin);
  for (let start = 0, n = 0; start < paths.length; start += perFile, n += 1) {
    const urls = paths.slice(start, start + perFile).map(urlOf);
    files.set(`sitemap-${n}.xml`, xmlOf("urlset", "url", urls));
  }
  const index = [...files.keys()].map((name) => new URL(`/${name}`, origin).href);
  files.set(SITEMAP_INDEX, xmlOf("sitemapindex", "sitemap", index));
  return files;
}
