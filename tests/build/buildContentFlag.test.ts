import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { runBuild, scratchDir } from "../support/astroBuild.ts";

// `npm run build -- --content DIR` builds that archive: the flag reaches the check, the search index
// and the Astro processes alike (they all read ARCHIVE_CONTENT_DIR), and wins over the variable.
const ARTIFACTS = path.resolve("tests/.artifacts");
mkdirSync(ARTIFACTS, { recursive: true });
const outDir = path.join(mkdtempSync(path.join(ARTIFACTS, "content-flag-")), "dist");
afterAll(() => rmSync(path.dirname(outDir), { recursive: true, force: true }));

test("npm run build -- --content DIR builds the archive in DIR", async () => {
  const contentDir = path.join(scratchDir("content-flag"), "content");
  cpSync("content", contentDir, { recursive: true });
  mkdirSync(path.join(contentDir, "articles/2022"));
  writeFileSync(
    path.join(contentDir, "articles/2022/content-flag-article.md"),
    "---\ntitle: 내용 폴더 플래그로 지은 기사\npublished: 2022-05-06T10:00:00+09:00\noutlet: 시험일보\n---\n\n본문 한 줄.\n",
  );
  const run = await runBuild({
    // The variable names the shipped archive; the flag must win.
    contentDir: path.resolve("content"),
    outDir,
    args: ["--content", contentDir, "--full"],
  });
  expect(run.status, run.output).toBe(0);
  // The shipped articles' one oddity (mixed quote marks, faithful to the source) is acknowledged:
  // the build prints no content warning.
  expect(run.output).toMatch(/^content ok: 3 articles, 18 quotes, 0 warnings$/mu);
  expect(run.output).not.toContain("a quote opened with one kind of mark");
  expect(existsSync(path.join(outDir, "articles/content-flag-article/index.html"))).toBe(true);
  expect(existsSync(path.join(outDir, "search/index/meta.json"))).toBe(true);
}, 240_000);
