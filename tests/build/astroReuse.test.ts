// `npm run build` runs Astro only when what Astro renders (the one-off pages, the feeds, the search
// page's script) could have changed: the site's code and identity, or the one-off pages' data. An
// edit that leaves those alone keeps Astro's files from the last site; whatever it keeps, the site
// is the one a full build writes.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildDir, expectSameSite, runBuild, scratchDir, treeContents } from "../support/astroBuild.ts";

const SEED_2019 = "2019-10-02-innovation-committee-report";
const content = path.join(scratchDir("astro-reuse"), "content");
cpSync(path.resolve("content"), content, { recursive: true });
const site = path.join(buildDir("astro-reuse"), "dist");
const cache = path.join(buildDir("astro-reuse-cache"), "cache");
const article = path.join(content, "articles", "2019", `${SEED_2019}.md`);

const build = () => runBuild({ contentDir: content, outDir: site, env: { ARCHIVE_CACHE_DIR: cache } });
/**
 * A whole build: these tests are about what a whole build keeps. Without the edit record a build
 * is never a quick edit (which never runs Astro: tests/build/rebuild.test.ts).
 */
const rebuild = () => {
  rmSync(path.join(cache, "press-archive", "edit-record.json"), { force: true });
  return build();
};
const fullBuild = async () => {
  const outDir = path.join(buildDir("astro-reuse-full"), "dist");
  const run = await runBuild({
    contentDir: content,
    outDir,
    env: { ARCHIVE_CACHE_DIR: path.join(outDir, "../cache") },
  });
  expect(run.status, run.output).toBe(0);
  return outDir;
};
/** Astro's own summary line: it ran. */
const astroRan = (output: string): boolean => /\[build\] Complete!/u.test(output);
const KEPT_LINE = "astro: its pages, feeds and scripts are unchanged since the last build: kept, astro not run";

describe("npm run build runs Astro only when its pages could have changed", () => {
  test("the first build runs it", async () => {
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(astroRan(run.output)).toBe(true);
    expect(run.output).not.toContain(KEPT_LINE);
  });

  test("a build with nothing changed runs no Astro and leaves every file as it was", async () => {
    const before = treeContents(site);
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(KEPT_LINE);
    expect(astroRan(run.output)).toBe(false);
    expect(treeContents(site)).toEqual(before);
  });

  test("a sentence added at the end of an article changes its page but not Astro's: no Astro, the site a full build writes", async () => {
    writeFileSync(article, `${readFileSync(article, "utf8").trimEnd()}\n\n시는 이 계획을 다음 달 공개할 예정이다.\n`);
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(KEPT_LINE);
    expect(readFileSync(path.join(site, "articles", SEED_2019, "index.html"), "utf8")).toContain("다음 달 공개할 예정");
    expectSameSite(site, await fullBuild());
  });

  test("a retitled article changes the home page and the feeds: Astro runs, the site a full build writes", async () => {
    const text = readFileSync(article, "utf8");
    writeFileSync(article, text.replace(/^title: .*$/mu, 'title: "혁신위원회 보고서, 제목을 고쳐 싣다"'));
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(astroRan(run.output)).toBe(true);
    expect(readFileSync(path.join(site, "rss.xml"), "utf8")).toContain("제목을 고쳐 싣다");
    expectSameSite(site, await fullBuild());
  });

  test("an Astro file changed on disk since it was built is made again, not kept", async () => {
    writeFileSync(path.join(site, "rss.xml"), "defaced");
    // With the edit record there: nothing else changed, but the quick edit sees the file and leaves it to a whole build.
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/^a whole build, not a quick edit: 1 file of the site changed on disk$/mu);
    expect(astroRan(run.output)).toBe(true);
    expect(readFileSync(path.join(site, "rss.xml"), "utf8")).toContain("<rss");
  });

  test("--full runs Astro even when nothing changed", async () => {
    const run = await runBuild({
      contentDir: content,
      outDir: site,
      env: { ARCHIVE_CACHE_DIR: cache },
      args: ["--full"],
    });
    expect(run.status, run.output).toBe(0);
    expect(astroRan(run.output)).toBe(true);
  });
});
