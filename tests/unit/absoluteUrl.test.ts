import { describe, expect, test } from "vitest";
import { absoluteUrl } from "../../src/lib/exports/paths.ts";
import { createRng } from "../../tools/synthetic/random.ts";

const ORIGINS = [
  "https://press-archive.example/",
  "https://press-archive.example",
  "http://localhost:4321/",
  "https://x.example/sub/",
  "https://u:p@X.Example:443/",
];
const PATHS = [
  "/",
  "/quotes/2019-10-02-a--1/",
  "/speakers/lee-yong-seop/",
  "/topics/청년/",
  "/articles/2019-a/#2019-a--1",
  "/a/../b/",
  "/a/./b",
  "/.hidden/",
  "/a b/",
  "/a%20b/",
  "/a?b=c",
  "/x_y~z.html",
  "",
  "relative/",
  "//other.example/x",
  "/A/B",
];

describe("absoluteUrl: a site path on the site's origin", () => {
  test.each(ORIGINS)("the same as new URL(path, %s).href for every kind of path", (origin) => {
    for (const path of PATHS) expect(absoluteUrl(path, origin)).toBe(new URL(path, origin).href);
  });

  test("the same for random paths of ASCII, dots, slashes and Hangul", () => {
    const alphabet = ["a", "Z", "0", "-", "_", "~", ".", "/", "/", "청", "%", "#", "?", " "];
    const rng = createRng(7, "site paths");
    for (let i = 0; i < 3_000; i += 1) {
      let path = "/";
      for (let n = rng.int(0, 11); n > 0; n -= 1) path += rng.pick(alphabet);
      const origin = ORIGINS[0] ?? "";
      let expected: string;
      try {
        expected = new URL(path, origin).href;
      } catch {
        expect(() => absoluteUrl(path, origin)).toThrow();
        continue;
      }
      expect(absoluteUrl(path, origin)).toBe(expected);
    }
  });
});
