import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { buildArchive, type Archive } from "../../src/lib/archive/buildArchive.ts";
import { ContentError, formatProblem, type ContentProblem } from "../../src/lib/errors.ts";

// Warning codes, `acknowledge:` in front matter, and the check messages that say exactly what to add.
const SPEAKERS = readFileSync("content/speakers.yaml", "utf8");
const TOPICS = readFileSync("content/topics.yaml", "utf8");

/** An article file with this front matter (after title, date, outlet) and body. */
function article(body: string, frontMatter = ""): string {
  return `---\ntitle: 시험 기사\npublished: 2022-03-04\noutlet: 시험일보\n${frontMatter}---\n\n${body}`;
}

function archiveOf(text: string, speakers = SPEAKERS): Archive {
  return buildArchive({
    speakers: { path: "speakers.yaml", text: speakers },
    topics: { path: "topics.yaml", text: TOPICS },
    articles: [{ path: "articles/2022/test.md", text }],
  });
}

function problemsOf(text: string): readonly ContentProblem[] {
  try {
    archiveOf(text);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected a content error");
}

const codes = (warnings: readonly ContentProblem[]) => warnings.map((w) => w.code);

describe("every warning an article may acknowledge has a code", () => {
  test.each([
    ["mixed-quote-marks", '이용섭 시장은 “혁신이 답이다"라고 말했다.\n'],
    ["unclosed-quote", "이용섭 시장은 “혁신이 답이다라고 말했다.\n"],
    ["stray-closing-mark", "이용섭 시장은 혁신이 답이다”라고 말했다.\n"],
    ["written-not-speech", "현수막에는 “청렴이 답이다”라고 적혀 있었다.\n"],
    ["speaker-assumed", "이용섭 시장은 “혁신이 답이다”라고 말했다.\n\n“소통도 답이다”라는 말이 돌았다.\n"],
    ["no-speaker", "“아무도 모른다”는 말이 돌았다.\n"],
    ["speaker-not-registered", "김철수 교수는 “이 정책은 실패했다”고 말했다.\n"],
    ["empty-body", ""],
  ])("%s", (code, body) => {
    expect(codes(archiveOf(article(body)).warnings)).toContain(code);
  });
});

describe("acknowledge: in front matter", () => {
  const mixed = '이용섭 시장은 “혁신이 답이다"라고 말했다.\n\n“아무도 모른다”는 말이 돌았다.\n';

  test("an acknowledged warning is kept apart, marked, and no longer among the warnings", () => {
    const plain = archiveOf(article(mixed));
    expect(codes(plain.warnings)).toEqual(["mixed-quote-marks", "speaker-assumed"]);
    expect(plain.acknowledged).toEqual([]);
    const archive = archiveOf(article(mixed, "acknowledge: [mixed-quote-marks]\n"));
    expect(codes(archive.warnings)).toEqual(["speaker-assumed"]);
    expect(archive.acknowledged).toHaveLength(1);
    expect(formatProblem(archive.acknowledged[0] as ContentProblem)).toMatch(
      /^articles\/2022\/test\.md:8 acknowledged warning \(mixed-quote-marks\): a quote opened with one kind of mark/u,
    );
  });

  test("an entry that matches no warning of the article is a warning at its line", () => {
    const archive = archiveOf(article("본문만 있다.\n", "acknowledge:\n  - no-speaker\n"));
    expect(archive.warnings).toMatchObject([
      {
        line: 6,
        field: "acknowledge.0",
        message: "`acknowledge` lists `no-speaker`, but this article has no such warning",
      },
    ]);
  });

  test("an unknown code is an error naming the file, line, field and the codes there are", () => {
    const [problem] = problemsOf(article("본문.\n", "acknowledge: [mixed-quote]\n"));
    expect(problem).toMatchObject({
      severity: "error",
      file: "articles/2022/test.md",
      line: 5,
      field: "acknowledge.0",
      message: "`acknowledge.0`: `mixed-quote` is not a warning code that can be acknowledged",
    });
    expect(problem?.fix).toContain("mixed-quote-marks, unclosed-quote");
  });

  test("the shipped archive has no warning left, and one acknowledged (its faithful mixed quote marks)", () => {
    const shipped = buildArchive({
      speakers: { path: "speakers.yaml", text: SPEAKERS },
      topics: { path: "topics.yaml", text: TOPICS },
      articles: [
        "articles/2019/2019-10-02-innovation-committee-report.md",
        "articles/2021/2021-new-year-assembly.md",
      ].map((path) => ({ path, text: readFileSync(`content/${path}`, "utf8") })),
    });
    expect(shipped.warnings).toEqual([]);
    expect(shipped.acknowledged).toMatchObject([
      { file: "articles/2021/2021-new-year-assembly.md", line: 57, code: "mixed-quote-marks", acknowledged: true },
    ]);
  });
});

describe("an article with no text", () => {
  test.each([
    ["nothing after the front matter", ""],
    ["blank lines", "\n\n\n"],
    ["a comment alone", "<!-- 본문은 나중에 -->\n"],
  ])("warns with %s, at the line the text should start, saying what to do", (_name, body) => {
    const warning = archiveOf(article(body)).warnings.find((w) => w.code === "empty-body");
    expect(warning).toMatchObject({ file: "articles/2022/test.md", line: 6, field: "body", severity: "warning" });
    expect(warning?.message).toContain("the article has no text");
    expect(warning?.fix).toContain("paste the article's text below the closing `---`");
  });

  test("a body with text does not warn", () => {
    expect(codes(archiveOf(article("한 줄.\n")).warnings)).not.toContain("empty-body");
  });
});

describe("speaker messages say what to add", () => {
  test("a person the text names who is not in speakers.yaml: the registry entry, with the name", () => {
    const [warning] = archiveOf(article("김철수 교수는 “이 정책은 실패했다”고 말했다.\n")).warnings;
    expect(warning?.code).toBe("speaker-not-registered");
    expect(warning?.fix).toContain("content/speakers.yaml");
    expect(warning?.fix).toMatch(/name: 김철수(?![가-힣])/u);
    expect(warning?.fix).toContain("김철수 교수");
  });

  test("no speaker at all: a `quotes:` `fix:` entry matching the quote", () => {
    const [warning] = archiveOf(article("“아무도 모른다”는 말이 돌았다.\n")).warnings;
    expect(warning?.message).toMatch(/^no speaker found for “아무도 모른다”/u);
    expect(warning?.fix).toMatch(/`quotes:`?.*`?fix:/u);
    expect(warning?.fix).toMatch(/match: "?아무도 모른다/u);
  });

  test("an anonymous source is no one to register", () => {
    expect(archiveOf(article("시 관계자는 “검토 중”이라고 말했다.\n")).warnings).toEqual([]);
  });
});
