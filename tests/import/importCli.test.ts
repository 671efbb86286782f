import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { scratchDir } from "../support/astroBuild.ts";
import { IMPORT_FIXTURES } from "./importCase.ts";
import { runCli } from "../support/runCli.ts";

const SEED_2019 = path.join(IMPORT_FIXTURES, "seed-2019/input.txt");
const SEED_2021 = path.join(IMPORT_FIXTURES, "seed-2021/input.txt");
const HTML_PAGE = path.join(IMPORT_FIXTURES, "html-news-page/input.html");

const run = runCli;

/** A fresh copy of the shipped content folder. */
function content(): string {
  const dir = path.join(scratchDir("import"), "content");
  cpSync("content", dir, { recursive: true });
  return dir;
}

const target = (dir: string, year: number, id: string): string => path.join(dir, "articles", String(year), `${id}.md`);

test("import writes the article where the archive reads it, and says what it removed", async () => {
  const dir = content();
  const result = await run(["import", SEED_2019, "--id", "2019-10-02-imported", "--content", dir]);
  expect(result.code).toBe(0);
  const file = target(dir, 2019, "2019-10-02-imported");
  const text = readFileSync(file, "utf8");
  expect(text).toBe(readFileSync(path.join(IMPORT_FIXTURES, "seed-2019/expected.md"), "utf8"));
  expect(parseArticle({ path: "articles/2019/2019-10-02-imported.md", text }).article.reporter).toBe("노현서");
  expect(result.err).toMatch(/^wrote \S*content\/articles\/2019\/2019-10-02-imported\.md \(from /mu);
  expect(result.err).toContain("line 54: ⓒ광주N광주 noljagwangju@gmail.com — copyright line");
  expect(result.err).toContain("topics: topics are left empty");
  expect(result.out).toBe("");
});

test("without --id the file is named by date and title hash; an undated one goes to articles/undated/ with an open question, or under --year", async () => {
  const dir = content();
  const dated = await run(["import", SEED_2019, "--content", dir]);
  expect(dated.code).toBe(0);
  expect(dated.err).toMatch(/wrote \S+articles\/2019\/2019-10-02-[0-9a-z]{7}\.md/u);
  const undated = await run(["import", SEED_2021, "--content", dir]);
  expect(undated.code).toBe(0);
  const written = /wrote (\S+articles\/undated\/undated-[0-9a-z]{7}\.md)/u.exec(undated.err)?.[1];
  expect(written, undated.err).toBeDefined();
  expect(undated.err).toMatch(/published: the text shows no publication date/u);
  const file = readFileSync(path.resolve(written ?? ""), "utf8");
  expect(file).toMatch(/^published: null$/mu);
  expect(file).toMatch(/^review:\n {2}- field: published\n {4}question: "?the text shows no publication date/mu);
  // check warns about the open question at its line, and --strict fails on it.
  const checked = await run(["check", "--content", dir]);
  expect(checked.code).toBe(0);
  expect(checked.err).toMatch(/undated-[0-9a-z]{7}\.md:\d+ \[review\.0\] warning: open question on `published`/u);
  const strict = await run(["check", "--strict", "--content", dir]);
  expect(strict.code).toBe(1);
  const reported = await run(["report", "--content", dir]);
  expect(reported.out).toMatch(/articles\/undated\/undated-[0-9a-z]{7}\.md · .*\(\d+ open review questions\)/u);
  expect(reported.out).toMatch(/\d+ articles have open review questions/u);
  expect(strict.err).toMatch(/\[review\.0\] error: open question on `published`/u);
  const withYear = await run(["import", SEED_2021, "--year", "2021", "--content", dir, "--id", "new-year-2021"]);
  expect(withYear.code).toBe(0);
  expect(withYear.err).toMatch(/wrote \S+articles\/2021\/new-year-2021\.md/u);
});

test.each([
  ["without --force an existing file is left alone", [], 1, false],
  ["with --force it is replaced", ["--force"], 0, true],
])("%s", async (_name, extra, code, replaced) => {
  const dir = content();
  const file = target(dir, 2019, "2019-10-02-imported");
  expect((await run(["import", SEED_2019, "--id", "2019-10-02-imported", "--content", dir])).code).toBe(0);
  writeFileSync(file, "editor's changes\n");
  const again = await run(["import", SEED_2019, "--id", "2019-10-02-imported", "--content", dir, ...extra]);
  expect(again.code).toBe(code);
  expect(readFileSync(file, "utf8") === "editor's changes\n").toBe(!replaced);
  if (!replaced) {
    expect(again.err).toMatch(/content\/articles\/2019\/2019-10-02-imported\.md error: the file already exists/u);
    expect(again.err).toContain("fix: pass --force to replace it");
  }
});

test("an id already used in another year folder is refused even with --force", async () => {
  const dir = content();
  const result = await run([
    "import",
    SEED_2021,
    "--year",
    "2020",
    "--id",
    "2021-new-year-assembly",
    "--force",
    "--content",
    dir,
  ]);
  expect(result.code).toBe(1);
  expect(result.err).toContain(
    "2021-new-year-assembly.md error: an article with the id `2021-new-year-assembly` already exists",
  );
  expect(existsSync(target(dir, 2020, "2021-new-year-assembly"))).toBe(false);
});

test("--json prints a summary per file on standard output", async () => {
  const dir = content();
  const both = await run(["import", HTML_PAGE, "no/such/file.txt", "--json", "--content", dir]);
  expect(both.code).toBe(2);
  const summary = JSON.parse(both.out) as {
    ok: boolean;
    files: {
      input: string;
      written: boolean;
      id?: string;
      removed?: { reason: string }[];
      problems?: { field?: string; message: string }[];
    }[];
  };
  expect(summary.ok).toBe(false);
  expect(summary.files.map((f) => [f.input, f.written])).toEqual([
    [HTML_PAGE, true],
    ["no/such/file.txt", false],
  ]);
  expect(summary.files[0]?.removed?.map((r) => r.reason)).toContain("<script> element");
  expect(summary.files[1]?.problems?.[0]?.message).toMatch(/cannot read the file/u);
  expect(both.err).toContain(`[1/2] ${HTML_PAGE}\n`);
  expect(both.err).toContain(`[2/2] no/such/file.txt\n`);
});

test("several files are imported in one run, each with a progress line", async () => {
  const dir = content();
  const files = ["input-date-byline", "duplicated-lead", "agency-dateline"].map((c) =>
    path.join(IMPORT_FIXTURES, c, "input.txt"),
  );
  const result = await run(["import", ...files, "--content", dir]);
  expect(result.code).toBe(0);
  expect(result.err.match(/^\[\d\/3\] /gmu)).toHaveLength(3);
  expect(result.err.match(/^wrote /gmu)).toHaveLength(3);
  expect((await run(["check", "--content", dir])).code).toBe(0);
});

test.each([
  ["no file", ["import"], "import needs at least one file"],
  ["--id with two files", ["import", SEED_2019, SEED_2021, "--id", "x"], "--id names one article"],
  ["a bad --id", ["import", SEED_2019, "--id", "Bad_Id"], "--id takes lower-case letters"],
  ["a bad --year", ["import", SEED_2021, "--year", "21"], "--year takes a four-digit year"],
  ["a missing file", ["import", "no/such/file.txt"], "no/such/file.txt error: cannot read the file (ENOENT)"],
  ["an unknown option", ["import", SEED_2019, "--overwrite"], "unknown option --overwrite"],
])("%s is a usage error (exit 2)", async (_name, argv, message) => {
  const result = await run([...argv, "--content", content()]);
  expect(result.code).toBe(2);
  expect(result.err).toContain(message);
});

test.each([
  [["--url", "javascript:alert(1)"], /--url: .*javascript/iu],
  [["--url", "https://example.com/a b"], /--url: the address contains a space/u],
  [["--published", "2024-02-30"], /--published: 2024-02 has no day 30/u],
  [["--published", "어제"], /--published: .*not an ISO 8601 date/u],
])("import %j is a usage error (exit 2)", async (flags, message) => {
  const result = await run(["import", SEED_2021, ...flags, "--content", content()]);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
});

test("--url, --outlet and --published win over the text and fill what it lacks", async () => {
  const dir = content();
  const result = await run([
    "import",
    SEED_2021,
    "--url",
    "https://www.example.co.kr/news/articleView.html?idxno=12345",
    "--outlet",
    "예시일보",
    "--published",
    "2021-01-04T10:00",
    "--id",
    "flags-win",
    "--content",
    dir,
  ]);
  expect(result.code, result.err).toBe(0);
  const text = readFileSync(target(dir, 2021, "flags-win"), "utf8");
  expect(text).toMatch(/^published: 2021-01-04T10:00:00\+09:00$/mu);
  expect(text).toMatch(/^outlet: 예시일보$/mu);
  expect(text).toMatch(/^url: https:\/\/www\.example\.co\.kr\/news\/articleView\.html\?idxno=12345$/mu);
  expect(text).not.toMatch(/field: (?:published|outlet)$/mu);
});
