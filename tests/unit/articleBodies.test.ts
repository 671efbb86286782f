// The page workers hold the site's data without the articles' bodies and read one body from the
// bodies file when they write that article's page: the page must be the one made from the whole data.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { articleBodyReader, writeArticleBodies } from "../../src/io/articleBodies.ts";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { withoutBodies } from "../../src/lib/site/articleBody.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";
import { allPages, articleRoute } from "../../src/lib/site/workerRoutes.ts";

const site = siteIndexOf(loadArchive(path.resolve("content")));
const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-bodies-"));

describe("the bodies file", () => {
  test("reads back each article's HTML and plain text as written, Hangul and all", () => {
    const file = path.join(scratch(), "bodies");
    const places = writeArticleBodies(file, site.articles);
    const reader = articleBodyReader(file, places);
    for (const article of site.articles) {
      const body = reader.bodyOf(article.id);
      expect(body.html).toBe(article.html);
      expect(body.plainText).toBe(article.plainText);
    }
    expect(site.articles.some((a) => /[가-힣]/u.test(a.plainText))).toBe(true);
    reader.close();
  });

  test("an article page made from the data without bodies, reading them from the file, is the page made from the whole data", () => {
    const file = path.join(scratch(), "bodies");
    const places = writeArticleBodies(file, site.articles);
    const bodiless = withoutBodies(site);
    expect(bodiless.articles.every((a) => a.html === "" && a.plainText === "")).toBe(true);
    const reader = articleBodyReader(file, places);
    bodiless.articleBody = reader.bodyOf;
    const whole = allPages(articleRoute.pages(site));
    const split = allPages(articleRoute.pages(bodiless));
    expect(split.map((p) => p.url)).toEqual(whole.map((p) => p.url));
    for (const [i, page] of whole.entries()) {
      expect(split[i]?.props).toEqual(page.props);
      expect(articleRoute.render(split[i]!.props, "https://example.org/")).toEqual(
        articleRoute.render(page.props, "https://example.org/"),
      );
    }
    reader.close();
  });

  test("each body's digest changes with its body, the split between HTML and plain text included, and only with it", () => {
    const digests = (articles: typeof site.articles): (string | undefined)[] => {
      const places = writeArticleBodies(path.join(scratch(), "bodies"), articles);
      return articles.map((a) => places.get(a.id)?.[3]);
    };
    const before = digests(site.articles);
    expect(new Set(before).size).toBe(site.articles.length);
    expect(digests(site.articles)).toEqual(before);
    const [first, ...rest] = site.articles;
    if (!first) throw new Error("the content has no article");
    const edited = digests([{ ...first, plainText: `${first.plainText} 한 문장 더.` }, ...rest]);
    expect(edited[0]).not.toBe(before[0]);
    expect(edited.slice(1)).toEqual(before.slice(1));
    // The same characters, one moved from the HTML to the plain text: another body.
    const moved = { ...first, html: first.html.slice(0, -1), plainText: `${first.html.slice(-1)}${first.plainText}` };
    expect(digests([moved, ...rest])[0]).not.toBe(before[0]);
  });

  test("an unknown article or a damaged file is an error naming it, with the fix", () => {
    const file = path.join(scratch(), "bodies");
    const places = writeArticleBodies(file, site.articles);
    const reader = articleBodyReader(file, places);
    expect(() => reader.bodyOf("no-such-article")).toThrow("no-such-article");
    reader.close();
    writeFileSync(file, "짧다");
    const first = site.articles[0]?.id ?? "";
    expect(() => articleBodyReader(file, places).bodyOf(first)).toThrow(/could not be read from .*npm run build/u);
  });
});
