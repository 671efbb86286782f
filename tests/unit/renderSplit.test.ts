import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  mergeSplitPages,
  RENDER_ROUTES,
  RENDER_SPLIT,
  rendersRoute,
  rendersSplitOnly,
  splitRun,
  splitsRendering,
} from "../../src/io/safeBuild/renderSplit.ts";

const PROJECT = "/work/project";

describe("splitsRendering: when a build renders with two Astro processes", () => {
  test.each([
    ["a cold build of a large archive", {}, 48_224, false, "dist.tmp-1", true],
    ["a small archive", {}, 4_721, false, "dist.tmp-1", false],
    ["a rebuild that keeps pages", {}, 48_224, true, "dist.tmp-1", false],
    ["ARCHIVE_RENDER_SPLIT=never", { [RENDER_SPLIT]: "never" }, 48_224, false, "dist.tmp-1", false],
    ["ARCHIVE_RENDER_SPLIT=always, small archive", { [RENDER_SPLIT]: "always" }, 18, false, "dist.tmp-1", true],
    ["output outside the project", { [RENDER_SPLIT]: "always" }, 48_224, false, "/tmp/site.tmp-1", false],
    ["output in a sibling named like the project", {}, 48_224, false, "/work/project-b/dist.tmp-1", false],
  ])("%s", (_name, env, quotes, reusingPages, outDir, expected) => {
    expect(splitsRendering({ env, quotes, reusingPages, cwd: PROJECT, outDir })).toBe(expected);
  });
});

describe("rendersRoute: which routes each process renders", () => {
  const run = splitRun(10_000);
  test.each([
    ["quotes/[id]", {}, true],
    ["articles/[id]", {}, true],
    ["quotes/[id]", run.split, true],
    ["articles/[id]", run.split, false],
    ["quotes/[...page]", run.split, false],
    ["quotes/[id]", run.rest, false],
    ["articles/[id]", run.rest, true],
    ["quotes/[...page]", run.rest, true],
  ])("%s with %o: %s", (route, env, expected) => {
    expect(rendersRoute(route, env)).toBe(expected);
  });

  test("only the quote-page process stays quiet about the archive", () => {
    expect([rendersSplitOnly(run.split), rendersSplitOnly(run.rest), rendersSplitOnly({})]).toEqual([
      true,
      false,
      false,
    ]);
    expect(run.split[RENDER_ROUTES]).toBe("only:quotes/[id]");
  });

  test.each([
    [1_000, 1024],
    [10_000, 1200],
    [50_000, 6000],
  ])("%i articles: each process's old generation is capped at %i MB", (articles, megabytes) => {
    expect(splitRun(articles).nodeOptions).toEqual([`--max-old-space-size=${megabytes}`]);
  });
});

describe("mergeSplitPages: the quote pages join the rest of the site", () => {
  /** A scratch folder with files (relative path → text). */
  function folder(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), "split-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }
  const tree = (root: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(root, { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith(".html"))
        .sort()
        .map((name) => [name, readFileSync(path.join(root, name), "utf8")]),
    );

  test("quote pages move in beside the quote list pages; the other process's other pages are left behind", () => {
    const split = folder({ "quotes/a--1/index.html": "발언 1", "quotes/b--2/index.html": "발언 2", "index.html": "x" });
    const site = folder({ "index.html": "홈", "quotes/index.html": "발언 목록", "quotes/page/2/index.html": "2쪽" });
    mergeSplitPages(split, site);
    expect(tree(site)).toEqual({
      "index.html": "홈",
      "quotes/a--1/index.html": "발언 1",
      "quotes/b--2/index.html": "발언 2",
      "quotes/index.html": "발언 목록",
      "quotes/page/2/index.html": "2쪽",
    });
    expect(tree(split)).toEqual({ "index.html": "x" });
  });

  test("with no quote pages written, the site is left as it was", () => {
    const split = folder({ "index.html": "x" });
    const site = folder({ "index.html": "홈", "quotes/index.html": "발언 목록" });
    mergeSplitPages(split, site);
    expect(tree(site)).toEqual({ "index.html": "홈", "quotes/index.html": "발언 목록" });
  });

  test("a site without a quotes folder gets the quote pages", () => {
    const split = folder({ "quotes/a--1/index.html": "발언 1" });
    const site = folder({ "index.html": "홈" });
    mergeSplitPages(split, site);
    expect(tree(site)).toEqual({ "index.html": "홈", "quotes/a--1/index.html": "발언 1" });
  });
});
