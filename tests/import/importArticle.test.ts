import path from "node:path";
import { expect, test } from "vitest";
import { ContentError } from "../../src/lib/errors.ts";
import { titleSlug } from "../../src/lib/import/articleId.ts";
import { importArticle, type ImportOptions } from "../../src/lib/import/index.ts";
import { readSpeakers } from "./importCase.ts";

const speakers = readSpeakers(path.resolve("content/speakers.yaml"));
const run = (text: string, options: ImportOptions = {}) =>
  importArticle({ text, fileName: "raw.txt", speakers, format: "text" }, options);

function problemsOf(text: string, options: ImportOptions = {}): { field?: string | undefined; fix: string }[] {
  try {
    run(text, options);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => ({ field: p.field, fix: p.fix }));
    throw error;
  }
  return [];
}

const DATED = "예시시, 공원 새 단장\n• 승인 2024.05.20 09:15\n\n예시시는 공원을 새로 단장한다고 밝혔다.\n\nⓒ예시일보\n";
const UNDATED = "예시시, 공원 새 단장\n\n예시시는 공원을 새로 단장한다고 밝혔다.\n\nⓒ예시일보\n";

test.each([
  ["an empty file", "", {}, undefined, "copy the article's page again"],
  ["only furniture", "메인화면으로\n댓글 0\n", {}, undefined, "copy the article's page again"],
  ["a date in another year than --year", DATED, { year: 2023 }, "published", "leave out --year"],
  ["an id that is not one", DATED, { id: "Bad Id" }, "id", "lower-case letters"],
])("%s is refused with a fix", (_name, text, options, field, fix) => {
  const problems = problemsOf(text, options);
  expect(problems).toHaveLength(1);
  expect(problems[0]?.field).toBe(field);
  expect(problems[0]?.fix).toContain(fix);
});

const NO_OUTLET = "예시시, 공원 새 단장\n• 승인 2024.05.20 09:15\n\n예시시는 공원을 새로 단장한다고 밝혔다.\n";

test.each([
  ["no date and no year", UNDATED, "published", /shows no publication date/u, { published: null, year: null }],
  ["no outlet", NO_OUTLET, "outlet", /no outlet found/u, { outlet: null, year: 2024 }],
  [
    "an impossible date and no year",
    DATED.replace("2024.05.20", "2024.02.30"),
    "published",
    /cannot be read \(승인 2024\.02\.30 09:15: 2024-02 has no day 30\)/u,
    { published: null, year: null },
  ],
])("%s is imported all the same, with an open question in review:", (_name, text, field, question, expected) => {
  const result = run(text);
  const { published, outlet } = result.frontMatter;
  expect({ published, outlet, year: result.year }).toMatchObject(expected);
  const item = result.frontMatter.review?.find((r) => r.field === field);
  expect(item?.question).toMatch(question);
  if (result.year === null) expect(result.id).toMatch(/^undated-[0-9a-z]{7}$/u);
});

test.each([
  ["a dated text", DATED, {}, "2024-05-20-", 2024],
  ["an undated text with --year", UNDATED, { year: 2022 }, "2022-", 2022],
  ["--id", DATED, { id: "2024-05-20-park" }, "2024-05-20-park", 2024],
])("%s gets its id and year folder", (_name, text, options, idStart, year) => {
  const result = run(text, options);
  expect(result.id.startsWith(idStart)).toBe(true);
  expect(result.year).toBe(year);
});

test("an id without --id is the date and a hash of the title, the same every time", () => {
  const first = run(DATED);
  expect(first.id).toBe(`2024-05-20-${titleSlug("예시시, 공원 새 단장")}`);
  expect(run(DATED).id).toBe(first.id);
  expect(run(DATED.replace("새 단장", "개장")).id).not.toBe(first.id);
  expect(first.id).toMatch(/^2024-05-20-[0-9a-z]{7}$/u);
});

test.each([
  ["undated: null, a note, an open question", UNDATED, { year: 2022 }, null, "원문 사본에 게재일 표기가 없다."],
  [
    "an impossible date: null and a note quoting it",
    DATED.replace("2024.05.20", "2024.02.30"),
    { year: 2024 },
    null,
    "원문 사본에 게재일 표기가 없다. 적힌 날짜(승인 2024.02.30 09:15)는 있을 수 없는 날짜다.",
  ],
  ["dated: KST with offset", DATED, {}, "2024-05-20T09:15:00+09:00", undefined],
])("published for %s", (_name, text, options, published, dateNote) => {
  const result = run(text, options);
  expect(result.frontMatter.published).toBe(published);
  expect(result.frontMatter.dateNote).toBe(dateNote);
  expect(result.undecided.some((u) => u.field === "published")).toBe(published === null);
});

test.each([
  ["the byline and the dateline agree", "• 노현서 기자", "[광주N광주=노현서 기자] ", "노현서", false],
  ["the byline and the dateline differ", "• 노현서 기자", "[광주N광주=한가람 기자] ", "노현서", true],
  ["only the dateline names one", "", "[광주N광주=한가람 기자] ", "한가람", false],
  ["no one is named", "", "", undefined, true],
])("reporter when %s", (_name, byline, dateline, reporter, open) => {
  const text = `제목 한 줄\n${byline}\n• 승인 2024.05.20 09:15\n\n${dateline}광주광역시는 2일 보고회를 가졌다.\n\nⓒ광주N광주\n`;
  const result = run(text);
  expect(result.frontMatter.reporter).toBe(reporter);
  expect(result.undecided.some((u) => u.field === "reporter")).toBe(open);
  expect(result.frontMatter.notes?.includes("원문 사본에 기자 이름이 없다.") ?? false).toBe(reporter === undefined);
});

test.each([
  ["the name", "이용섭 광주광역시장은 2일 보고회를 가졌다.", ["lee-yong-seop"]],
  ["an alias, spaced oddly", "이  시장은 2일 보고회를 가졌다.", ["lee-yong-seop"]],
  ["no one in the registry", "김민지 정책기획관은 2일 보고회를 가졌다.", []],
])("speakers named by %s", (_name, lead, ids) => {
  const result = run(`제목 한 줄\n• 승인 2024.05.20 09:15\n\n${lead}\n\nⓒ광주N광주\n`);
  expect(result.frontMatter.speakers).toEqual(ids);
});

test("a long line that reads like text after the end of the article is kept, and flagged", () => {
  const tail = "이 문장은 저작권 줄 다음에 왔지만 기사 본문처럼 끝나는 꽤 긴 문장이라서 지우지 않고 남겨 둔다.";
  const result = run(`${DATED}${tail}\n짧은 줄\n`);
  expect(result.body).toContain(tail);
  expect(result.body).not.toContain("짧은 줄");
  expect(result.undecided.find((u) => u.field === "body")?.message).toContain(
    "line 7 follows the end of the article (line 6)",
  );
  expect(result.removed.find((r) => r.text === "짧은 줄")?.reason).toBe("below the end of the article (line 6)");
});

test("text is read as NFC, whatever form it was copied in", () => {
  const result = run(DATED.normalize("NFD"));
  expect(result.frontMatter.title).toBe("예시시, 공원 새 단장");
  expect(result.body).toBe("예시시는 공원을 새로 단장한다고 밝혔다.\n");
});

test("CRLF line ends and a byte-order mark change nothing", () => {
  expect(run(`\uFEFF${DATED.replaceAll("\n", "\r\n")}`)).toEqual(run(DATED));
});
