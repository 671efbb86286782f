import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { FIXTURES } from "../support/fixtures.ts";

// The shipped articles must keep every sentence of the source pages (typos included) and nothing
// but them: each seed line between the first and last line of the article text is in the body, and
// each body line comes from the seed. Page furniture lies outside those bounds; the one line inside
// them that is not text (a photo caption) is named here and must be in the editorial notes instead.
const CASES = [
  {
    seed: "000_effb92258ca2976f.txt",
    article: "articles/2019/2019-10-02-innovation-committee-report.md",
    first: "[광주N광주=노현서 기자]",
    last: "한편 광주혁신추진위원회는",
    setAside: [] as string[],
  },
  {
    seed: "003_3a25d113052b920c.txt",
    article: "articles/2021/2021-new-year-assembly.md",
    first: "이용섭 광주광역시장은 지난 4일",
    last: "이어 “99%의 광주시민을",
    setAside: ["▲광주광역시 이용섭 시장 ⓒ이용섭 블로그 제공"],
  },
];

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

test.each(CASES)("$article keeps the text of $seed, furniture removed", ({ seed, article, first, last, setAside }) => {
  const seedLines = lines(readFileSync(path.join(FIXTURES, "seeds", seed), "utf8"));
  const start = seedLines.findIndex((l) => l.startsWith(first));
  const end = seedLines.findIndex((l) => l.startsWith(last));
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const text = seedLines.slice(start, end + 1).filter((l) => !setAside.includes(l));

  const source = { path: article, text: readFileSync(path.resolve("content", article), "utf8") };
  const { article: parsed } = parseArticle(source);
  const bodyLines = lines(parsed.body).map((l) => l.replace(/^#+ /u, ""));
  expect(bodyLines).toEqual(text);
  expect(seedLines).toContain(parsed.title);
  for (const line of parsed.deck) expect(seedLines.map((l) => l.replace(/^- /u, ""))).toContain(line);
  for (const caption of setAside) expect(parsed.notes.join("\n")).toContain(caption);
});

test("the 2019 article's published date and time come from its byline, in KST", () => {
  const seed = readFileSync(path.join(FIXTURES, "seeds", "000_effb92258ca2976f.txt"), "utf8");
  expect(seed).toContain("승인 2019.10.02 18:24");
  const text = readFileSync(path.resolve("content/articles/2019/2019-10-02-innovation-committee-report.md"), "utf8");
  const { article } = parseArticle({ path: "articles/2019/2019-10-02-innovation-committee-report.md", text });
  expect(article.published).toBe("2019-10-02T18:24:00+09:00");
  expect(article.reporter).toBe("노현서");
});

test("the 2021 article, whose source shows no date, has none invented", () => {
  const text = readFileSync(path.resolve("content/articles/2021/2021-new-year-assembly.md"), "utf8");
  const { article } = parseArticle({ path: "articles/2021/2021-new-year-assembly.md", text });
  expect(article.published).toBeNull();
  expect(article.dateNote).toContain("게재일");
  expect(article.reporter).toBeUndefined();
});
