import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { countPages, siteFiles } from "../../src/io/safeBuild/siteFolder.ts";

const dir = mkdtempSync(path.join(tmpdir(), "site-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("siteFiles: the files of a built site", () => {
  const made = [
    "index.html",
    "404.html",
    "quotes/2019-10-02-a--1/index.html",
    "topics/청년/index.html",
    "data/quotes.json",
  ];
  for (const file of made) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "x");
  }
  mkdirSync(path.join(dir, "empty"));
  const expected = made.map((file) => file.split("/").join(path.sep)).sort();

  test("every file, relative to the site, and no folder", () => {
    expect(siteFiles(dir).sort()).toEqual(expected);
  });

  test("the same however the folder is written", () => {
    expect(siteFiles(`${dir}${path.sep}`).sort()).toEqual(expected);
    expect(siteFiles(path.join(dir, "quotes", "..")).sort()).toEqual(expected);
  });

  test("pages are the .html files among them", () => {
    expect(countPages(siteFiles(dir))).toBe(4);
  });
});
