// The folders of a site's pages, made as the pages are written (src/io/folderMaker.ts): the folder
// above a page's own once, then the page's folder, which may already be there; a file in the way
// is not taken for a folder.
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { folderMaker } from "../../src/io/folderMaker.ts";

const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-folders-"));

test("makes a page's folder and every missing folder above it", () => {
  const site = path.join(scratch(), "사이트");
  const make = folderMaker();
  make(path.join(site, "quotes", "2019-10-02-발언--a1"));
  make(path.join(site, "quotes", "2019-10-02-발언--b2"));
  make(path.join(site, "speakers", "kang-gi-jung", "page", "2"));
  expect(statSync(path.join(site, "quotes", "2019-10-02-발언--a1")).isDirectory()).toBe(true);
  expect(statSync(path.join(site, "quotes", "2019-10-02-발언--b2")).isDirectory()).toBe(true);
  expect(statSync(path.join(site, "speakers", "kang-gi-jung", "page", "2")).isDirectory()).toBe(true);
});

test("a folder already there, made for a page below it or before, is fine", () => {
  const site = scratch();
  const make = folderMaker();
  make(path.join(site, "policies", "x", "sub"));
  make(path.join(site, "policies", "x"));
  make(path.join(site, "policies", "x"));
  mkdirSync(path.join(site, "topics", "y"), { recursive: true });
  make(path.join(site, "topics", "y"));
  expect(existsSync(path.join(site, "policies", "x", "sub"))).toBe(true);
});

test("a file where the folder above should be fails with the filesystem's error", () => {
  const site = scratch();
  writeFileSync(path.join(site, "quotes"), "not a folder");
  const make = folderMaker();
  expect(() => make(path.join(site, "quotes", "a"))).toThrow(/EEXIST|ENOTDIR/u);
});
