import { describe, expect, test } from "vitest";
import { ContentError, problem } from "../../src/lib/errors.ts";
import { devBannerHtml } from "../../src/lib/site/html/devBanner.ts";
import { lastGoodContent } from "../../src/lib/site/lastGood.ts";

const broken = new ContentError([
  problem(
    { file: "content/articles/2019/a.md", line: 5, field: "published" },
    "`published`: month 13 does not exist",
    "write a real date",
  ),
]);

/** A loader whose result at each fingerprint is set by the test: a value, or an error to throw. */
function scripted(results: Record<string, string | Error>) {
  const loads: string[] = [];
  let now = "";
  const keeper = lastGoodContent(
    () => {
      loads.push(now);
      const result = results[now];
      if (result instanceof Error) throw result;
      return result ?? "";
    },
    () => "empty",
  );
  return {
    loads,
    get: (fingerprint: string) => {
      now = fingerprint;
      return keeper.get(fingerprint);
    },
  };
}

describe("lastGoodContent: what the dev server shows while the content changes", () => {
  test("loads once per fingerprint; a content error keeps the last good value beside the error", () => {
    const content = scripted({ a: "first", b: broken, c: "fixed" });
    expect(content.get("a")).toMatchObject({ value: "first", error: undefined, hasGoodContent: true });
    expect(content.get("a").value).toBe("first");
    expect(content.get("b")).toMatchObject({ value: "first", error: broken, hasGoodContent: true });
    expect(content.get("c")).toMatchObject({ value: "fixed", error: undefined });
    expect(content.loads).toEqual(["a", "b", "c"]);
  });

  test("an error before any good load shows the empty value", () => {
    const content = scripted({ a: broken, b: "good" });
    expect(content.get("a")).toMatchObject({ value: "empty", error: broken, hasGoodContent: false });
    expect(content.get("b")).toMatchObject({ value: "good", error: undefined, hasGoodContent: true });
  });

  test("any other error is thrown, and the next call tries again", () => {
    const content = scripted({ a: new TypeError("a bug") });
    expect(() => content.get("a")).toThrow("a bug");
    expect(() => content.get("a")).toThrow("a bug");
    expect(content.loads).toEqual(["a", "a"]);
  });
});

describe("devBannerHtml: the content error on every page in dev", () => {
  test("names file and line, message and fix, and what the pages show", () => {
    const html = String(devBannerHtml(broken.problems, true));
    expect(html).toContain("<code>content/articles/2019/a.md:5</code>");
    expect(html).toContain("`published`: month 13 does not exist");
    expect(html).toContain("고치는 법: write a real date");
    expect(html).toContain("마지막으로 오류 없이 읽힌 내용");
    expect(String(devBannerHtml(broken.problems, false))).toContain("빈 아카이브");
  });

  test("warnings alone make no banner; past five errors the rest are counted", () => {
    expect(devBannerHtml([{ ...broken.problems[0]!, severity: "warning" }], true)).toBe("");
    const many = Array.from({ length: 7 }, (_, i) => ({ ...broken.problems[0]!, line: i + 1 }));
    const html = String(devBannerHtml(many, true));
    expect(html.match(/<li>/gu)).toHaveLength(5);
    expect(html).toContain("그 밖에 2건");
  });
});
