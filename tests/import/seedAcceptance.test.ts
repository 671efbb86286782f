import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { splitFrontMatter } from "../../src/lib/frontmatter/splitFrontMatter.ts";
import { formatArticleFile, importArticle } from "../../src/lib/import/index.ts";
import { FIXTURES } from "../support/fixtures.ts";
import { readSpeakers } from "./importCase.ts";

// Importing the raw seed texts must give the shipped articles: the body byte for byte, and the front
// matter the editors wrote by hand, except what only an editor can add (topics, policies, quote
// overrides) and the wording of dateNote.
const CASES = [
  {
    seed: "000_effb92258ca2976f.txt",
    article: "articles/2019/2019-10-02-innovation-committee-report.md",
    year: undefined,
  },
  { seed: "003_3a25d113052b920c.txt", article: "articles/2021/2021-new-year-assembly.md", year: 2021 },
];
const FIELDS = [
  "title",
  "deck",
  "published",
  "outlet",
  "reporter",
  "speakers",
  "notes",
  "year",
  "publishedDate",
] as const;

function imported(seed: string, id: string, year: number | undefined) {
  const text = readFileSync(path.join(FIXTURES, "seeds", seed), "utf8");
  const speakers = readSpeakers(path.resolve("content/speakers.yaml"));
  const result = importArticle({ text, fileName: seed, speakers, format: "text" }, { id, year });
  const file = formatArticleFile(result.frontMatter, result.body);
  return { result, file, parsed: parseArticle({ path: `articles/${result.year}/${id}.md`, text: file }) };
}

test.each(CASES)("importing $seed gives the body of $article", ({ seed, article, year }) => {
  const id = path.basename(article, ".md");
  const shippedText = readFileSync(path.resolve("content", article), "utf8");
  const { file, parsed } = imported(seed, id, year);
  const shippedBody = splitFrontMatter(shippedText, article);
  const importedBody = splitFrontMatter(file, article);
  if ("problems" in shippedBody || "problems" in importedBody)
    throw new Error("unreachable: both files have front matter");
  expect(importedBody.body).toBe(shippedBody.body);
  expect(parsed.article.plainText).toBe(parseArticle({ path: article, text: shippedText }).article.plainText);
});

test.each(CASES)("importing $seed gives the front matter of $article", ({ seed, article, year }) => {
  const id = path.basename(article, ".md");
  const shipped = parseArticle({ path: article, text: readFileSync(path.resolve("content", article), "utf8") }).article;
  const { result, parsed } = imported(seed, id, year);
  for (const field of FIELDS) expect([field, parsed.article[field]]).toEqual([field, shipped[field]]);
  expect(result.frontMatter.topics).toEqual([]);
  expect(result.year).toBe(shipped.year);
  expect(parsed.article.dateNote === undefined).toBe(shipped.dateNote === undefined);
  if (shipped.dateNote !== undefined) expect(shipped.dateNote.startsWith(parsed.article.dateNote ?? "")).toBe(true);
});
