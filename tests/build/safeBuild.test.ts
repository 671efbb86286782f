import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { replaceFolder } from "../../src/io/safeBuild/replaceFolder.ts";
import {
  astroBuild,
  runBuild,
  safeBuild,
  scratchDir,
  treeContents,
  treeHash,
  type BuildRun,
} from "../support/astroBuild.ts";

const SHIPPED = path.resolve("content");
const SEED_2019 = "2019-10-02-innovation-committee-report";
const SEED_2021 = "2021-new-year-assembly";

/** A copy of the shipped content in a scratch folder, edited. */
function contentCopy(edit: (dir: string) => void = () => {}): string {
  const dir = path.join(scratchDir("content"), "content");
  cpSync(SHIPPED, dir, { recursive: true });
  edit(dir);
  return dir;
}

const ARTIFACTS = path.resolve("tests/.artifacts");

/**
 * A fresh final site folder inside the project, so that these builds render as the default `dist/`
 * does (an output folder outside the project has Astro write into the project first:
 * src/io/safeBuild/outputFolders.ts).
 */
function siteDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(mkdtempSync(path.join(ARTIFACTS, "safe-build-")), "dist");
}

/** A folder as the build names it: relative to the project. */
const shown = (dir: string): string => path.relative(process.cwd(), dir);

/** Everything next to a site folder that is not the site itself (temporary or set-aside folders). */
function leftovers(outDir: string): string[] {
  return readdirSync(path.dirname(outDir)).filter((name) => name !== path.basename(outDir));
}

/** Every file under a folder as `name → UTF-8 text`. */
function textTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" }).map((name) => [
      name,
      readFileSync(path.join(dir, name), "utf8"),
    ]),
  );
}

/** The pages that exist once (home, the archive, speaker, topic and policy indexes, corrections, search, 404): Astro renders them. */
const ONE_OFF_PAGES = 8;

function htmlFiles(dir: string): number {
  return [...treeContents(dir).keys()].filter((file) => file.endsWith(".html")).length;
}

describe("npm run build: check, build aside, swap in", () => {
  const outDir = siteDir();
  const contentDir = contentCopy();
  let good: BuildRun;
  let seoul: BuildRun;
  let other: BuildRun;
  let plain: BuildRun;
  const otherCache = { ARCHIVE_CACHE_DIR: scratchDir("other-cache") };
  afterAll(() => {
    for (const dir of [outDir, seoul.outDir, other.outDir, plain.outDir]) {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
  beforeAll(async () => {
    // At the same time, so that all builds see the same sources.
    [good, seoul, other, plain] = await Promise.all([
      runBuild({ contentDir, outDir, tz: "UTC" }),
      runBuild({ contentDir, outDir: siteDir(), tz: "Asia/Seoul" }),
      runBuild({ contentDir, outDir: siteDir(), tz: "UTC", env: otherCache }),
      astroBuild({ contentDir, outDir: siteDir(), tz: "UTC" }),
    ]);
  });

  test("a good build writes the site and reports pages written and seconds taken", () => {
    expect(good.status).toBe(0);
    expect(good.output).toMatch(/^content ok: 2 articles, 18 quotes, \d+ warnings?$/mu);
    expect(good.output).toMatch(/^archive: \d+ articles parsed, \d+ unchanged \(from the cache\)$/mu);
    for (const page of ["index.html", `articles/${SEED_2019}/index.html`, `articles/${SEED_2021}/index.html`]) {
      expect(readFileSync(path.join(outDir, page), "utf8")).toContain('<html lang="ko"');
    }
    const summary = /^build ok: (\d+) pages written to (.+) in \d+\.\d s \(check [^)]*\)$/mu.exec(good.output);
    expect(summary?.[1]).toBe(String(htmlFiles(outDir)));
    expect(summary?.[2]).toBe(shown(outDir));
    expect(leftovers(outDir)).toEqual([]);
  });

  test("Astro's log has a line per route, not per page; the page workers say how many pages they made", () => {
    expect(good.output).not.toMatch(/[├└]─ \/quotes\//u);
    const quotePages = readdirSync(path.join(outDir, "quotes"), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && /--/u.test(entry.name),
    ).length;
    expect(quotePages).toBe(18);
    expect(good.output).toMatch(/▶ src\/pages\/index\.astro\n.*└─ 1 page in /mu);
    // Every page but the seven that exist once (home, four indexes, search, 404) is written by the
    // page workers, not by Astro.
    expect(good.output).toContain(`page workers: ${htmlFiles(outDir) - ONE_OFF_PAGES} pages written, 0 unchanged`);
    expect(good.output).not.toMatch(/src\/pages\/quotes\/\[id\]\.astro\n.*└─ [1-9]/mu);
  });

  test.each([
    [
      "malformed YAML in a new file",
      (dir: string) =>
        writeFileSync(path.join(dir, "articles/2021/broken.md"), "---\ntitle: [unclosed\noutlet: x\n---\n본문\n"),
      /content\/articles\/2021\/broken\.md:\d+ error: YAML syntax error/u,
    ],
    [
      "an impossible date",
      (dir: string) =>
        writeFileSync(
          path.join(dir, "articles/2021/bad-date.md"),
          "---\ntitle: 없는 날짜\npublished: 2021-02-30T09:00:00+09:00\noutlet: 테스트일보\n---\n\n본문.\n",
        ),
      /content\/articles\/2021\/bad-date\.md:3 \[published\] error: `published`: 2021-02 has no day 30/u,
    ],
    [
      "a required field removed",
      (dir: string) => {
        const file = path.join(dir, "articles/2019", `${SEED_2019}.md`);
        writeFileSync(file, readFileSync(file, "utf8").replace(/^outlet: .*\n/mu, ""));
      },
      new RegExp(
        `content/articles/2019/${SEED_2019}\\.md:\\d+ \\[outlet\\] error: required field \`outlet\` is missing`,
        "u",
      ),
    ],
  ])("%s: exits 1 before Astro runs, names file and field, site byte-for-byte unchanged", (_name, edit, expected) => {
    const before = treeHash(outDir);
    const run = safeBuild({ contentDir: contentCopy(edit), outDir });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(expected);
    expect(run.output).toContain(`build failed: the last good site in ${shown(outDir)} is unchanged`);
    expect(run.output).not.toContain("[build]");
    expect(treeHash(outDir)).toBe(before);
    expect(leftovers(outDir)).toEqual([]);
  });

  test("Astro failing (its process exits with code 3) exits with its code and leaves the site unchanged", () => {
    const before = treeHash(outDir);
    // Only the Astro process (node …/astro.js) exits, once the check has passed.
    const exitInAstro = "--import=data:text/javascript,if(String(process.argv[1]).endsWith('astro.js'))process.exit(3)";
    const run = safeBuild({ contentDir, outDir, env: { NODE_OPTIONS: exitInAstro } });
    expect(run.output).toMatch(/^content ok:/mu);
    expect(run.output).toContain("astro build exited with code 3");
    expect(run.output).toContain(`build failed: the last good site in ${shown(outDir)} is unchanged`);
    expect(run.status).toBe(3);
    expect(treeHash(outDir)).toBe(before);
    expect(leftovers(outDir)).toEqual([]);
  });

  test("a build stopped by SIGTERM while Astro writes pages leaves the site unchanged and no partial output", async () => {
    const before = treeHash(outDir);
    // A route's summary (`└─ 1 page in …`) comes once its pages are in the temporary folder.
    const run = await runBuild({ contentDir, outDir }, /└─ 1 page in /u);
    expect(run.output).toMatch(/\[build\] directory: .*dist\.tmp-\d+\//u);
    expect(run.output).toContain("astro build was stopped by SIGTERM");
    expect(run.output).toContain(`build failed: the last good site in ${shown(outDir)} is unchanged`);
    expect(run.status).toBe(143);
    expect(treeHash(outDir)).toBe(before);
    expect(leftovers(outDir)).toEqual([]);
  });

  test("a failed first build says no site was written, and writes none", () => {
    const fresh = siteDir();
    const run = safeBuild({ contentDir, outDir: fresh, env: { ARCHIVE_SITE_URL: "not a url" } });
    expect(run.status).toBe(1);
    expect(run.output).toContain(`build failed: no site was written to ${shown(fresh)}`);
    expect(readdirSync(path.dirname(fresh))).toEqual([]);
    rmSync(path.dirname(fresh), { recursive: true });
  });

  test("the pages the page workers write are those a plain `astro build` renders, byte for byte", () => {
    expect(good.status).toBe(0);
    expect(plain.status).toBe(0);
    const built = treeContents(outDir);
    const rendered = treeContents(plain.outDir);
    expect([...built.keys()].filter((file) => /^quotes\/[^/]+--/u.test(file))).toHaveLength(18);
    expect([...built.keys()]).toEqual([...rendered.keys()]);
    expect(built).toEqual(rendered);
  });

  test("the next build finds every page the last one recorded, Astro's and the workers', and keeps them", () => {
    const before = treeContents(other.outDir);
    // Without the edit record, which would let the build finish at once (nothing changed: rebuild.test.ts).
    rmSync(path.join(otherCache.ARCHIVE_CACHE_DIR, "press-archive", "edit-record.json"));
    const again = safeBuild({ contentDir, outDir: other.outDir, env: otherCache });
    expect(again.status).toBe(0);
    // The first build's check left every article in the cache.
    expect(again.output).toMatch(/^archive: 0 articles parsed, 2 unchanged \(from the cache\)$/mu);
    const kept = Number(/^(\d+) unchanged pages kept from the last build$/mu.exec(again.output)?.[1]);
    const workerPages = htmlFiles(other.outDir) - ONE_OFF_PAGES;
    expect(again.output).toContain(`page workers: 0 pages written, ${workerPages} unchanged`);
    // Astro's pages (seven that exist once, feeds) are made afresh: all kept pages are the workers'.
    expect(kept).toBe(workerPages);
    expect(treeContents(other.outDir)).toEqual(before);
  });

  test("TZ=Asia/Seoul gives the same site as TZ=UTC, file for file and byte for byte", () => {
    expect(seoul.status).toBe(0);
    const utcTree = treeContents(outDir);
    const seoulTree = treeContents(seoul.outDir);
    expect([...seoulTree.keys()]).toEqual([...utcTree.keys()]);
    expect(seoulTree).toEqual(utcTree);
  });
});

describe("replaceFolder: the swap step on plain folders", () => {
  /** A scratch folder with `final/` and `next/` as described (a file name → its text), or absent. */
  function folders(final: Record<string, string> | null, next: Record<string, string> | null) {
    const root = scratchDir("swap");
    const make = (dir: string, files: Record<string, string> | null): void => {
      if (!files) return;
      mkdirSync(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    };
    make(path.join(root, "final"), final);
    make(path.join(root, "next"), next);
    return { root, final: path.join(root, "final"), next: path.join(root, "next"), aside: path.join(root, "aside") };
  }

  test.each([
    [
      "an old site is replaced",
      { "index.html": "옛 사이트" },
      { "index.html": "새 사이트" },
      { "index.html": "새 사이트" },
    ],
    ["a first build creates the site", null, { "index.html": "새 사이트" }, { "index.html": "새 사이트" }],
  ])("%s; nothing else remains", (_name, final, next, expected) => {
    const dirs = folders(final, next);
    replaceFolder(dirs);
    expect(textTree(dirs.final)).toEqual(expected);
    expect(readdirSync(dirs.root)).toEqual(["final"]);
  });

  test("when the new site cannot be renamed in, the old one is put back and the error surfaces", () => {
    const dirs = folders({ "index.html": "옛 사이트", "data.json": "[]" }, null);
    const before = treeHash(dirs.final);
    expect(() => replaceFolder(dirs)).toThrow(/ENOENT/u);
    expect(treeHash(dirs.final)).toBe(before);
    expect(readdirSync(dirs.root)).toEqual(["final"]);
  });

  test("a stale set-aside folder from an earlier crash does not block the swap", () => {
    const dirs = folders({ "index.html": "옛 사이트" }, { "index.html": "새 사이트" });
    mkdirSync(dirs.aside);
    writeFileSync(path.join(dirs.aside, "index.html"), "더 옛 사이트");
    replaceFolder(dirs);
    expect(textTree(dirs.final)).toEqual({ "index.html": "새 사이트" });
    expect(existsSync(dirs.aside)).toBe(false);
  });
});
