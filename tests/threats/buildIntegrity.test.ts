// Threat class "a build that lies": whole `npm run build` runs against the faults that used to
// leave a wrong or missing site while saying ok. Each test runs on one scratch archive and site in
// order; the reference is a full build of the same content in a folder of its own.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildDir, expectSameSite, runBuild, scratchDir, treeContents } from "../support/astroBuild.ts";

const SEED_2019 = "articles/2019/2019-10-02-innovation-committee-report.md";
const PAGE_2019 = "articles/2019-10-02-innovation-committee-report/index.html";
const OLD_SENTENCE = "이날 보고회는";
const NEW_SENTENCE = "이날 오후 보고회는";

const content = path.join(scratchDir("integrity"), "content");
cpSync(path.resolve("content"), content, { recursive: true });
const site = path.join(buildDir("integrity"), "dist");
const cache = path.join(buildDir("integrity-cache"), "cache");
const cacheFile = path.join(cache, "press-archive", "article-units.v8");

const build = (args: string[] = []) =>
  runBuild({ contentDir: content, outDir: site, env: { ARCHIVE_CACHE_DIR: cache }, args });

/** Everything next to the site folder but the site and its lock. */
const leftovers = (): string[] =>
  readdirSync(path.dirname(site)).filter((name) => name !== "dist" && name !== "dist.lock");

let reference = "";

describe("npm run build never publishes a wrong or missing site", () => {
  test("two builds at once in one folder, with an edit between them: the second waits, and the site is what a full build writes", async () => {
    const first = build();
    // Edit once the first build has read the content, then start the second.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(`${site}.lock`)) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const file = path.join(content, SEED_2019);
    writeFileSync(file, readFileSync(file, "utf8").replace(OLD_SENTENCE, NEW_SENTENCE));
    const second = build();
    const [one, two] = await Promise.all([first, second]);
    expect(one.status, one.output).toBe(0);
    expect(two.status, two.output).toBe(0);
    expect(two.output).toMatch(/another build \(process \d+, started [^)]+\) is writing .*: waiting for it to finish/u);
    reference = path.join(buildDir("integrity-full"), "dist");
    const full = await runBuild({
      contentDir: content,
      outDir: reference,
      env: { ARCHIVE_CACHE_DIR: path.join(reference, "../cache") },
    });
    expect(full.status, full.output).toBe(0);
    expectSameSite(site, reference);
    expect(leftovers()).toEqual([]);
  });

  test("a page defaced in dist/ is rendered again, not linked into the next build", async () => {
    const page = path.join(site, PAGE_2019);
    writeFileSync(page, readFileSync(page, "utf8").replace("광주", "<script>alert(1)</script>"));
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/warning: 1 page of .* changed on disk since it was built: rendered again/u);
    // Every other page is still taken from the last build.
    expect(Number(/^(\d+) unchanged pages kept/mu.exec(run.output)?.[1] ?? 0)).toBeGreaterThan(40);
    expectSameSite(site, reference);
  });

  test("a search index file or a data export defaced in dist/ is made again by the next build, though nothing else changed", async () => {
    writeFileSync(path.join(site, "search", "index", "meta.json"), "{}");
    writeFileSync(path.join(site, "data", "quotes.csv"), "id\n");
    const run = await build();
    expect(run.status, run.output).toBe(0);
    // A quick edit would leave them: the build sees them and is a whole one.
    expect(run.output).toMatch(/^a whole build, not a quick edit: 2 files of the site changed on disk$/mu);
    expectSameSite(site, reference);
  });

  test("a damaged article cache is ignored, with a warning, and the site is still right", async () => {
    const bytes = readFileSync(cacheFile);
    // Change one syllable of the speaker's name wherever the cache holds it (UTF-16, as v8 writes it).
    const name = Buffer.from("이용섭", "utf16le");
    let at = bytes.indexOf(name);
    expect(at).toBeGreaterThan(0);
    while (at >= 0) {
      bytes.writeUInt8((bytes[at] ?? 0) + 1, at);
      at = bytes.indexOf(name, at + 1);
    }
    writeFileSync(cacheFile, bytes);
    // With nothing changed the build would finish at once, reading no cache (rebuild.test.ts): a whole one reads it.
    rmSync(path.join(path.dirname(cacheFile), "edit-record.json"));
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/the article cache failed its integrity check and was ignored/u);
    expect(run.output).toMatch(/archive: 2 articles parsed, 0 unchanged/u);
    expectSameSite(site, reference);
  });

  test("--full does not read the article cache at all", async () => {
    writeFileSync(cacheFile, "not a cache");
    const run = await build(["--full"]);
    expect(run.status, run.output).toBe(0);
    expect(run.output).not.toMatch(/integrity check/u);
    expect(run.output).toMatch(/archive: 2 articles parsed, 0 unchanged/u);
    expectSameSite(site, reference);
  });

  test("a build killed between the swap's two renames: the next build, even a failing one, puts the last good site back and clears the leftovers", async () => {
    const dead = 2 ** 22 + 5;
    renameSync(site, `${site}.old-${dead}`);
    mkdirSync(`${site}.tmp-${dead}/quotes`, { recursive: true });
    mkdirSync(`${site}.tmp-${dead}.search`);
    writeFileSync(`${site}.tmp-${dead}.site.v8`, "");
    const file = path.join(content, SEED_2019);
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace(/^title: .*$/mu, "title:"));
    const run = await build();
    writeFileSync(file, good);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(/stopped while swapping sites: the last good site \(dist\.old-\d+\) is back in dist/u);
    expect(run.output).toMatch(/build failed: the last good site in .* is unchanged/u);
    expectSameSite(site, reference);
    expect(leftovers()).toEqual([]);
  });

  test("a cache folder that cannot be written: the build succeeds with warnings, and says what the next build will do", async () => {
    // A folder where each file would be renamed in: the rename fails, as on a full or read-only disk.
    rmSync(cacheFile, { force: true });
    mkdirSync(path.join(cacheFile, "blocked"), { recursive: true });
    const pages = path.join(cache, "press-archive", "pages.json");
    rmSync(pages, { force: true });
    mkdirSync(path.join(pages, "blocked"), { recursive: true });
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(
      /warning: the article cache could not be written .*: the next build parses every article again/u,
    );
    expect(run.output).toMatch(
      /warning: the page-reuse record could not be written .*: the next build renders every page/u,
    );
    expectSameSite(site, reference);
    rmSync(cacheFile, { recursive: true });
    rmSync(pages, { recursive: true });
  });
});

describe("an output folder outside the project", () => {
  test("gets the site and nothing of Astro's own (no content modules, no server chunks), and the project keeps no scratch folder", async () => {
    const outside = path.join(scratchDir("outside"), "site", "dist");
    const run = await runBuild({
      contentDir: content,
      outDir: outside,
      env: { ARCHIVE_CACHE_DIR: path.join(scratchDir("outside-cache"), "cache") },
    });
    expect(run.status, run.output).toBe(0);
    const files = [...treeContents(outside).keys()];
    expect(files).toContain("index.html");
    expect(files.filter((file) => /\.(mjs|d\.ts)$/u.test(file) || file.startsWith("collections"))).toEqual([]);
    expect(readdirSync(path.dirname(outside))).toEqual(["dist"]);
    expect(readdirSync(process.cwd()).filter((name) => name.startsWith("dist.tmp-"))).toEqual([]);
  });
});
