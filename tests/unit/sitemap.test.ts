import { describe, expect, test } from "vitest";
import { SITEMAP_INDEX, sitemapFiles, sitemapPaths } from "../../src/lib/site/sitemap.ts";

const ORIGIN = "https://press-archive.example";
const locs = (xml: string | undefined): string[] =>
  [...(xml ?? "").matchAll(/<loc>([^<]*)<\/loc>/gu)].map((m) => m[1] ?? "");

describe("sitemapPaths: which of a site's files are pages to list", () => {
  test("every index.html as its folder's URL, sorted; the 404 page, exports, feeds and folders are not", () => {
    const files = [
      "quotes/2019-10-02-a--1/index.html",
      "404.html",
      "index.html",
      "data/quotes.json",
      "rss.xml",
      "speakers/lee-yong-seop/rss.xml",
      "search/index/meta.json",
      "quotes",
      "archive\\2019\\index.html",
      "quotes/index.html",
    ];
    expect(sitemapPaths(files)).toEqual(["/", "/archive/2019/", "/quotes/", "/quotes/2019-10-02-a--1/"]);
  });

  test("the order does not depend on the order the files were found in", () => {
    const files = ["b/index.html", "a/index.html", "index.html"];
    expect(sitemapPaths(files)).toEqual(sitemapPaths([...files].reverse()));
  });

  test("a name that only ends in index.html is no page; separators of either kind, doubled or leading, are kept as folders", () => {
    const files = ["xindex.html", "a/xindex.html", "/index.html", "\\index.html", "a//index.html", "a/\\b\\index.html"];
    expect(sitemapPaths(files)).toEqual(["/", "/", "/a//", "/a//b/"]);
  });
});

describe("sitemapFiles: the sitemap files and their index", () => {
  test("splits the URLs into files of at most perFile, named by the index, on the site's origin", () => {
    const files = sitemapFiles(["/", "/quotes/", "/topics/청년/"], ORIGIN, 2);
    expect([...files.keys()]).toEqual(["sitemap-0.xml", "sitemap-1.xml", SITEMAP_INDEX]);
    expect(locs(files.get("sitemap-0.xml"))).toEqual([`${ORIGIN}/`, `${ORIGIN}/quotes/`]);
    expect(locs(files.get("sitemap-1.xml"))).toEqual([`${ORIGIN}/topics/%EC%B2%AD%EB%85%84/`]);
    expect(locs(files.get(SITEMAP_INDEX))).toEqual([`${ORIGIN}/sitemap-0.xml`, `${ORIGIN}/sitemap-1.xml`]);
    expect(files.get("sitemap-0.xml")).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/u,
    );
  });

  test("escapes what XML needs escaped, after URL encoding what a URL may not hold", () => {
    const files = sitemapFiles(["/a&b/", "/it's/", '/"quoted"<b>/'], ORIGIN);
    expect(locs(files.get("sitemap-0.xml"))).toEqual([
      `${ORIGIN}/a&amp;b/`,
      `${ORIGIN}/it&apos;s/`,
      `${ORIGIN}/%22quoted%22%3Cb%3E/`,
    ]);
  });

  test("the whole of a small sitemap and its index, byte for byte", () => {
    const files = sitemapFiles(["/", "/topics/청년/"], ORIGIN);
    const xmlns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
    expect(files.get("sitemap-0.xml")).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><urlset ${xmlns}><url><loc>${ORIGIN}/</loc></url>` +
        `<url><loc>${ORIGIN}/topics/%EC%B2%AD%EB%85%84/</loc></url></urlset>`,
    );
    expect(files.get(SITEMAP_INDEX)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex ${xmlns}>` +
        `<sitemap><loc>${ORIGIN}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
  });

  test("no pages, no sitemap (the protocol has no empty sitemap)", () => {
    expect(sitemapFiles([], ORIGIN).size).toBe(0);
  });

  test.each([
    "https://press-archive.example",
    "https://press-archive.example/archive/",
    "http://user:pass@Press-Archive.EXAMPLE:80/base?query#hash",
    "https://press-archive.example:8443",
    "file:///srv/site/",
  ])("every URL on %s is the one `new URL` makes, however plain or odd its path", (origin) => {
    const paths = [
      "/",
      "/quotes/2019-10-02-a--1/",
      "/A_b~c-d/2/",
      "/a//b/",
      "/./",
      "/../",
      "/a/../b/",
      "/%2e/",
      "/%41/",
      "/a.b/",
      "/a",
      "//elsewhere.example/",
      "/a\\b/",
      "/a b/",
      "/a?b/",
      "/a#b/",
      "/topics/청년/",
      "/{x}/`y`/",
    ];
    const escape = (url: string): string =>
      url.replace(
        /[&<>'"]/gu,
        (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
      );
    expect(locs(sitemapFiles(paths, origin).get("sitemap-0.xml"))).toEqual(
      paths.map((p) => escape(new URL(p, origin).href)),
    );
  });
});
