// What makes keeping pages between builds safe: each page's file is known from its URL, and the
// pages kept render from the model their digest is made of, nothing else.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { pageFileOf } from "../../src/lib/site/pageFile.ts";
import { WORKER_ROUTES } from "../../src/lib/site/workerRoutes.ts";

describe("pageFileOf", () => {
  test.each([
    ["/", "index.html"],
    ["/quotes/2021-new-year-assembly--04r37kx/", "quotes/2021-new-year-assembly--04r37kx/index.html"],
    ["/speakers/lee-yong-seop/2/", "speakers/lee-yong-seop/2/index.html"],
    ["/rss.xml", "rss.xml"],
    ["/topics/integrity/rss.xml", "topics/integrity/rss.xml"],
  ])("%s → %s", (url, expected) => {
    expect(pageFileOf(url)).toBe(expected);
  });
});

describe("pages kept between builds render from their model alone", () => {
  const pages = readdirSync(path.resolve("src/pages"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".astro"))
    .map((name) => [name, readFileSync(path.resolve("src/pages", name), "utf8")] as const)
    .filter(([, text]) => text.includes("astroPages("));

  test("the routes Astro lists only outside `npm run build` are exactly the page workers' routes", () => {
    expect(pages.map(([name]) => name).sort()).toEqual(WORKER_ROUTES.map((route) => `${route.route}.astro`).sort());
  });

  test.each(pages)(
    "%s reads no site data outside getStaticPaths (a page's digest covers only its model)",
    (_name, text) => {
      const frontmatter = text.split("---")[1] ?? "";
      const afterPaths = frontmatter.slice(frontmatter.indexOf("type Props"));
      expect(afterPaths.length).toBeLessThan(frontmatter.length);
      expect(afterPaths).toMatch(/\.render\(Astro\.props, String\(Astro\.site\)\)/u);
      expect(afterPaths).not.toMatch(/siteData|getCollection|import\.meta\.glob|readFileSync/u);
    },
  );
});
