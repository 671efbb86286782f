// Kept pages are hard links to the last site's files: the same files, fingerprints and all, wherever
// the two folders are and however they are named.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { linkReusedPages } from "../../src/io/pageReuse/linkReused.ts";
import type { RouteManifest } from "../../src/io/pageReuse/manifest.ts";
import { pageFingerprint } from "../../src/io/pageReuse/pageFingerprint.ts";

const root = mkdtempSync(path.join(tmpdir(), "link-reused-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const manifest = (pages: [string, boolean][]): RouteManifest => ({
  route: "quotes/[id]",
  pages: pages.map(([file, reused]) => ({ file, url: `/${path.dirname(file)}/`, digest: "d", reused })),
});

/** A last site with three quote pages, and a new site holding the one page rendered afresh. */
function sites(name: string): { old: string; next: string } {
  const old = path.join(root, name, "deep", "old");
  const next = path.join(root, name, "next");
  for (const id of ["a", "b", "c"]) write(path.join(old, "quotes", id, "index.html"), `old ${id}`);
  write(path.join(next, "quotes", "b", "index.html"), "new b");
  return { old, next };
}

const pages = manifest([
  ["quotes/a/index.html", true],
  ["quotes/b/index.html", false],
  ["quotes/c/index.html", true],
]);

describe("linkReusedPages", () => {
  test("links each reused page (the same file: same inode and fingerprint), leaves the rendered ones", () => {
    const { old, next } = sites("plain");
    const cwd = process.cwd();
    expect(linkReusedPages([pages], old, next)).toEqual({ kept: 2, copied: [] });
    expect(process.cwd()).toBe(cwd);
    for (const id of ["a", "c"]) {
      const page = path.join("quotes", id, "index.html");
      expect(statSync(path.join(next, page)).ino).toBe(statSync(path.join(old, page)).ino);
      expect(pageFingerprint(path.join(next, page))).toBe(pageFingerprint(path.join(old, page)));
    }
    expect(readFileSync(path.join(next, "quotes", "b", "index.html"), "utf8")).toBe("new b");
  });

  test("the same when the folders are given relative to the working folder, or through symbolic links", () => {
    const { old, next } = sites("linked");
    const nextLink = path.join(root, "linked", "elsewhere", "site-link");
    mkdirSync(path.dirname(nextLink), { recursive: true });
    symlinkSync(next, nextLink);
    const oldLink = path.join(root, "linked", "old-link");
    symlinkSync(old, oldLink);
    expect(linkReusedPages([pages], path.relative(process.cwd(), oldLink), nextLink).kept).toBe(2);
    expect(readFileSync(path.join(next, "quotes", "c", "index.html"), "utf8")).toBe("old c");
  });

  test("a page missing from the last site fails the build, naming its whole path", () => {
    const { old, next } = sites("missing");
    rmSync(path.join(old, "quotes", "c", "index.html"));
    const cwd = process.cwd();
    expect(() => linkReusedPages([pages], old, next)).toThrow(
      expect.objectContaining({ code: "ENOENT", path: path.join(old, "quotes", "c", "index.html") }),
    );
    expect(process.cwd()).toBe(cwd);
  });
});
