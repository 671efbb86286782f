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
});
