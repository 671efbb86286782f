import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  astroRunPlans,
  mergeSplitPages,
  RENDER_ROUTES,
  RENDER_SPLIT,
  pagesToRender,
  rendersRoute,
  rendersSplitOnly,
  splitPart,
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

describe("pagesToRender: which pages of each route each process renders", () => {
  const [rest, split] = astroRunPlans({ split: true, articles: 10_000, outDir: "dist.tmp-1", splitOutDir: "s" }).map(
    (plan) => plan.env,
  );
  const run = { rest: rest ?? {}, split: split ?? {} };
  test.each([
    ["quotes/[id]", {}, [0, 1000]],
    ["articles/[id]", {}, [0, 1000]],
    ["quotes/[id]", run.split, [0, 840]],
    ["articles/[id]", run.split, [0, 0]],
    ["quotes/[...page]", run.split, [0, 0]],
    ["quotes/[id]", run.rest, [840, 1000]],
    ["articles/[id]", run.rest, [0, 1000]],
    ["quotes/[...page]", run.rest, [0, 1000]],
  ])("%s with %o: %o of 1,000", (route, env, expected) => {
    expect(pagesToRender(route, 1000, env)).toEqual(expected);
  });

  test.each([0, 1, 2, 7, 48_224])("the two parts of %i quote pages cover each once", (count) => {
    const [a0, a1] = pagesToRender("quotes/[id]", count, run.split);
    const [b0, b1] = pagesToRender("quotes/[id]", count, run.rest);
    expect([a0, a1 === b0, b1]).toEqual([0, true, count]);
  });

  test.each([
    ["quotes/[id]", {}, true],
    ["speakers/[id]/rss.xml", {}, true],
    ["quotes/[id]", run.split, true],
    ["speakers/[id]/rss.xml", run.split, false],
    ["data/[file]", run.split, false],
    ["quotes/[id]", run.rest, true],
    ["data/[file]", run.rest, true],
  ])("rendersRoute(%s) with %o: %s", (route, env, expected) => {
    expect(rendersRoute(route, env)).toBe(expected);
  });

  test("each process's record of a route has its own name", () => {
    expect([splitPart(run.split), splitPart(run.rest), splitPart({})]).toEqual(["only", "except", undefined]);
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
    const plans = astroRunPlans({ split: true, articles, outDir: "dist.tmp-1", splitOutDir: "dist.tmp-1.split" });
    expect(plans.map((plan) => [plan.outDir, plan.nodeOptions])).toEqual([
      ["dist.tmp-1", [`--max-old-space-size=${megabytes}`]],
      ["dist.tmp-1.split", [`--max-old-space-size=${megabytes}`]],
    ]);
  });

  test("a build that does not split runs one Astro build, with nothing added", () => {
    expect(astroRunPlans({ split: false, articles: 10_000, outDir: "dist.tmp-1", splitOutDir: "x" })).toEqual([
      { name: "astro build", outDir: "dist.tmp-1", env: {}, nodeOptions: [] },
    ]);
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

  test("quote pages move in beside the quote list pages and the site's own quote pages; the other process's other pages are left behind", () => {
    const split = folder({ "quotes/a--1/index.html": "발언 1", "quotes/b--2/index.html": "발언 2", "index.html": "x" });
    const site = folder({
      "index.html": "홈",
      "quotes/index.html": "발언 목록",
      "quotes/page/2/index.html": "2쪽",
      "quotes/c--3/index.html": "발언 3",
    });
    mergeSplitPages(split, site);
    expect(tree(site)).toEqual({
      "index.html": "홈",
      "quotes/a--1/index.html": "발언 1",
      "quotes/b--2/index.html": "발언 2",
      "quotes/c--3/index.html": "발언 3",
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
