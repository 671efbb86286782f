// The data exports are kept from the last site only when the code, the site settings and what the
// articles give the site's data (bodies left out) are the last build's, and their files are as
// that build left them.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { exportFiles, exportsReuse } from "../../src/io/exportsFolder.ts";

/** A last site with a home page and every export file, and a cache folder holding its exports' record. */
function lastSite(): { final: string; cacheDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "press-archive-exports-"));
  const final = path.join(root, "dist");
  mkdirSync(path.join(final, "data"), { recursive: true });
  writeFileSync(path.join(final, "index.html"), "<!DOCTYPE html><title>홈</title>");
  for (const file of exportFiles()) writeFileSync(path.join(final, file), `${file}: 인용문\n`);
  const cacheDir = path.join(root, "cache");
  const built = exportsReuse({ final, cacheDir, full: false, version: "v1", sourcesDigest: "d1" });
  expect(built.record(exportFiles())).toBeUndefined();
  return { final, cacheDir };
}

describe("exportsReuse", () => {
  test("the same code, settings and sources digest, the files untouched: kept, every export file", () => {
    const { final, cacheDir } = lastSite();
    const next = exportsReuse({ final, cacheDir, full: false, version: "v1", sourcesDigest: "d1" });
    expect(next.reused).toBe(true);
    expect(next.files.sort()).toEqual(exportFiles().sort());
    expect(exportFiles()).toContain(path.join("data", "quotes.json"));
  });

  test.each([
    ["another sources digest (a quote or field changed)", { sourcesDigest: "d2" }],
    ["no sources digest (no article cache)", { sourcesDigest: undefined }],
    ["another code version or site settings", { version: "v2" }],
    ["--full", { full: true }],
  ])("%s: written again", (_name, change) => {
    const { final, cacheDir } = lastSite();
    const next = exportsReuse({ final, cacheDir, full: false, version: "v1", sourcesDigest: "d1", ...change });
    expect(next.reused).toBe(false);
    expect(next.files).toEqual([]);
  });

  test("an export file changed on disk since: written again", () => {
    const { final, cacheDir } = lastSite();
    writeFileSync(path.join(final, "data", "quotes.csv"), "바뀐 내용\n");
    expect(exportsReuse({ final, cacheDir, full: false, version: "v1", sourcesDigest: "d1" }).reused).toBe(false);
  });
});
