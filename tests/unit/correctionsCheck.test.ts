// `corrections:` in an article's front matter: the schema (plain English keys, dates normalised)
// and what `check` refuses (a date before publication or after today, a quote piece that matches no
// quote), each problem naming the file, line, field and fix.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadArchive, readArchiveSources } from "../../src/io/readArchiveSources.ts";
import { describe, expect, test } from "vitest";
import { articleUnit, unitContextOf } from "../../src/lib/archive/articleUnit.ts";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { correctionProblems } from "../../src/lib/articles/correctionProblems.ts";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { ContentError, type ContentProblem } from "../../src/lib/errors.ts";
import { correctedArticle, speakersWithFixture } from "../support/correctionsContent.ts";

const TOPICS = { path: "topics.yaml", text: readFileSync("content/topics.yaml", "utf8") };
const context = unitContextOf(speakersWithFixture(), TOPICS);
if (!context) throw new Error("the shipped registries with the fixture speaker must parse");

const FIXTURE = correctedArticle();
/** The fixture's `corrections:` block (up to the closing `---`). */
const BLOCK = /^corrections:\n[\s\S]*?(?=^---$)/mu;

/** The fixture article with its `corrections:` block replaced (and `published:` too, when given). */
function withCorrections(block: string, published?: string): { path: string; text: string } {
  let text = FIXTURE.text.replace(BLOCK, block.endsWith("\n") ? block : `${block}\n`);
  if (published !== undefined) text = text.replace(/^published: .*$/mu, `published: ${published}`);
  return { path: FIXTURE.path, text };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line holds ${needle}`);
  return index + 1;
}

function unitProblems(file: { path: string; text: string }): ContentProblem[] {
  return articleUnit(file, context!).problems;
}

describe("the schema", () => {
  test("the fixture parses: corrections kept in order, dates normalised, no problem", () => {
    const unit = articleUnit(FIXTURE, context);
    expect(unit.problems).toEqual([]);
    expect(unit.article?.corrections.map((c) => c.date)).toEqual(["2020-03-03", "2020-03-04T09:30:00+09:00"]);
    expect(unit.article?.corrections[1]).toMatchObject({
      change: "발언의 끝 부분을 보도자료대로 고쳤습니다.",
      original: "“노선 개편은 시민과 함께 하겠다”",
      quote: "노선 개편은 시민의 뜻을",
    });
    // The quote it names is the invented speaker's.
    expect(unit.quotes.find((q) => q.text.startsWith("노선 개편은"))?.speaker).toBe("park-ye-si");
  });

  test("an article without corrections has an empty list", () => {
    const unit = articleUnit(withCorrections(""), context);
    expect(unit.problems).toEqual([]);
    expect(unit.article?.corrections).toEqual([]);
  });

  test("a time without an offset is read as KST, whatever the machine's zone", () => {
    const unit = articleUnit(
      withCorrections("corrections:\n  - date: 2020-03-04 09:30\n    change: 고쳤습니다.\n"),
      context,
    );
    expect(unit.article?.corrections[0]?.date).toBe("2020-03-04T09:30:00+09:00");
  });

  test.each([
    ["an unknown key (`what:` for `change:`)", "  - date: 2020-03-03\n    what: 고쳤습니다.\n", "corrections.0.what"],
    ["no `change:`", "  - date: 2020-03-03\n    reason: 이유만 있다.\n", "corrections.0.change"],
    ["a date that does not exist", "  - date: 2020-02-30\n    change: 고쳤습니다.\n", "corrections.0.date"],
    ["an empty `quote:`", '  - date: 2020-03-03\n    change: 고쳤습니다.\n    quote: ""\n', "corrections.0.quote"],
  ])("refuses %s, naming the line and field", (_name, entry, field) => {
    const file = withCorrections(`corrections:\n${entry}`);
    let problems: readonly ContentProblem[] = [];
    try {
      parseArticle(file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems;
    }
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: FIXTURE.path, severity: "error" });
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(lineOf(file.text, "corrections:"));
  });
});

describe("check: dates", () => {
  test("a correction dated the day before publication is an error on its `date:` line", () => {
    const file = withCorrections("corrections:\n  - date: 2020-03-01\n    change: 고쳤습니다.\n");
    const problems = unitProblems(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: FIXTURE.path,
      line: lineOf(file.text, "date: 2020-03-01"),
      field: "corrections.0.date",
      severity: "error",
    });
    expect(problems[0]?.message).toContain("before the article was published (2020-03-02T10:00:00+09:00)");
    expect(problems[0]?.fix).toMatch(/on or after the publication date/u);
  });

  test("the same KST day, given as a day, is not early; an earlier time that day is", () => {
    expect(unitProblems(withCorrections("corrections:\n  - date: 2020-03-02\n    change: 고쳤습니다.\n"))).toEqual([]);
    const early = unitProblems(
      withCorrections("corrections:\n  - date: 2020-03-02T09:30:00+09:00\n    change: 고쳤습니다.\n"),
    );
    expect(early.map((p) => p.field)).toEqual(["corrections.0.date"]);
  });

  test("instants are compared, not clock readings: 01:30 UTC is 10:30 KST, after a 10:00 KST publication", () => {
    expect(
      unitProblems(withCorrections("corrections:\n  - date: 2020-03-02T01:30:00Z\n    change: 고쳤습니다.\n")),
    ).toEqual([]);
    const early = unitProblems(
      withCorrections("corrections:\n  - date: 2020-03-02T00:30:00Z\n    change: 고쳤습니다.\n"),
    );
    expect(early.map((p) => p.field)).toEqual(["corrections.0.date"]);
  });

  test("of an undated article, a correction before the year it is filed under is an error", () => {
    const file = withCorrections(
      "corrections:\n  - date: 2019-12-31\n    change: 고쳤습니다.\n  - date: 2020-01-05\n    change: 또 고쳤습니다.\n",
      "null\ndateNote: 원문에 날짜가 없다.",
    );
    const problems = unitProblems(file);
    expect(problems.map((p) => p.field)).toEqual(["corrections.0.date"]);
    expect(problems[0]?.message).toContain("before 2020, the year the article is filed under");
  });

  test("a correction after today is an error: by KST day for a day, by instant for a time", () => {
    const parsed = parseArticle(
      withCorrections(
        "corrections:\n  - date: 2020-03-10\n    change: 하루 뒤.\n  - date: 2020-03-09T23:00:00+09:00\n    change: 한 시간 전.\n  - date: 2020-03-09\n    change: 오늘.\n",
      ),
    );
    // 2020-03-09 23:30 KST, which is still 2020-03-09 14:30 in UTC.
    const now = Date.parse("2020-03-09T14:30:00Z");
    const quotes = [{ text: "노선 개편은 시민의 뜻을 먼저 묻겠다" }];
    const problems = correctionProblems(parsed, quotes, now);
    expect(problems.map((p) => p.field)).toEqual(["corrections.0.date"]);
    expect(problems[0]?.message).toContain("after today (2020-03-09 KST)");
    // Half an hour later it is the 10th in KST (still the 9th in UTC): the day-only date is no longer in the future.
    expect(correctionProblems(parsed, quotes, Date.parse("2020-03-09T15:30:00Z"))).toEqual([]);
  });

  test("a correction dated in the future fails check (and so the build)", () => {
    const file = withCorrections("corrections:\n  - date: 2999-01-01\n    change: 먼 훗날.\n");
    let problems: readonly ContentProblem[] = [];
    try {
      buildArchive({ speakers: speakersWithFixture(), topics: TOPICS, articles: [file], now: Date.now() });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems;
    }
    expect(problems.filter((p) => p.severity === "error").map((p) => p.field)).toEqual(["corrections.0.date"]);
  });

  test("the clock is the caller's: read from the content folder it is today's, given none it is not checked", () => {
    const file = withCorrections("corrections:\n  - date: 2999-01-01\n    change: 먼 훗날.\n");
    const dir = mkdtempSync(path.join(tmpdir(), "press-archive-future-"));
    mkdirSync(path.join(dir, path.dirname(file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
    writeFileSync(path.join(dir, "speakers.yaml"), speakersWithFixture().text);
    writeFileSync(path.join(dir, "topics.yaml"), TOPICS.text);
    copyFileSync("content/site.yaml", path.join(dir, "site.yaml"));
    expect(readArchiveSources(dir).now).toBeGreaterThan(Date.parse("2026-01-01"));
    expect(() => loadArchive(dir)).toThrow(ContentError);
    expect(() => buildArchive({ speakers: speakersWithFixture(), topics: TOPICS, articles: [file] })).not.toThrow();
  });
});

describe("check: the quote a correction names", () => {
  test("a piece that matches no quote is an error on its `quote:` line", () => {
    const file = withCorrections(
      "corrections:\n  - date: 2020-03-03\n    change: 고쳤습니다.\n    quote: 버스 요금은 내린다\n",
    );
    const problems = unitProblems(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: FIXTURE.path,
      line: lineOf(file.text, "quote: 버스 요금은"),
      field: "corrections.0.quote",
      severity: "error",
    });
    expect(problems[0]?.message).toContain("“버스 요금은 내린다” matches no quote of this article");
    expect(problems[0]?.fix).toMatch(/remove `quote:`/u);
  });

  test("text outside any quote does not count, even if it is in the body", () => {
    const problems = unitProblems(
      withCorrections("corrections:\n  - date: 2020-03-03\n    change: 고쳤습니다.\n    quote: 노선 21개를\n"),
    );
    expect(problems.map((p) => p.field)).toEqual(["corrections.0.quote"]);
  });

  test("the piece is matched as `quotes: fix:` matches: spacing and middle dots folded", () => {
    const text = FIXTURE.text
      .replace("시민의 뜻을 먼저", "시민·단체의 뜻을 먼저")
      .replace("quote: 노선 개편은 시민의 뜻을", "quote: 노선  개편은 시민ㆍ단체의");
    expect(unitProblems({ path: FIXTURE.path, text })).toEqual([]);
  });

  test("a quote an editor excluded cannot be named", () => {
    const text = FIXTURE.text.replace("corrections:", 'quotes:\n  exclude: ["노선 개편은"]\ncorrections:');
    expect(unitProblems({ path: FIXTURE.path, text }).map((p) => p.field)).toEqual(["corrections.1.quote"]);
  });
});
