// `astro dev` answers a dynamic route that writes a file only with a slash added; the dev server's
// middleware adds it for exactly those addresses, query kept, and leaves every other address alone.
import { describe, expect, test } from "vitest";
import { devFileRouteUrl } from "../../src/integrations/devFileRoutes.ts";

describe("devFileRouteUrl", () => {
  test.each([
    ["/styles/site.91c7fdf37283.css", "/styles/site.91c7fdf37283.css/"],
    ["/data/quotes.csv", "/data/quotes.csv/"],
    ["/data/articles.json?download=1", "/data/articles.json/?download=1"],
    ["/speakers/lee-yong-seop/rss.xml", "/speakers/lee-yong-seop/rss.xml/"],
    ["/topics/integrity/rss.xml", "/topics/integrity/rss.xml/"],
  ])("%s → %s", (url, expected) => {
    expect(devFileRouteUrl(url)).toBe(expected);
  });

  test.each([
    "/",
    "/rss.xml",
    "/robots.txt",
    "/quotes/",
    "/data/quotes.csv/",
    "/data/sub/quotes.csv",
    "/styles/site.css.map",
    "/search/index/meta.json",
    "/favicon.svg",
  ])("%s is left as it is", (url) => {
    expect(devFileRouteUrl(url)).toBe(url);
  });
});
