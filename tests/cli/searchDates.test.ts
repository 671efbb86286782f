import { describe, expect, test } from "vitest";
import { contentWithUndated } from "../support/undatedContent.ts";
import { runCli } from "../support/runCli.ts";

const run = runCli;

describe("npm run archive -- search with --from/--to", () => {
  test("청렴 in 2021 lists the article known only by its year, labelled so", async () => {
    const result = await run(["search", "청렴", "--from", "2021-01-01", "--to", "2021-12-31"]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^\d+ results for “청렴”\n$/u);
    expect(result.out).toContain("이용섭 · 2021년 (월·일 미상) · /quotes/2021-new-year-assembly--");
  });

  test("records of unknown date are listed last as 날짜 미상 and counted", async () => {
    const content = contentWithUndated();
    const result = await run(["search", "청렴", "--from", "2021-01-01", "--to", "2021-12-31", "--content", content]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/results for “청렴” \(1 of unknown date, 날짜 미상: listed last/u);
    const entries = result.out.trim().split(/\n(?=\d+\. )/u);
    expect(entries.at(-1)).toMatch(
      /^\d+\. \[article\] 청렴 교육 다시 연다\n {3}날짜 미상 · \/articles\/undated-integrity-class\//u,
    );
    const json = JSON.parse(
      (await run(["search", "청렴", "--from", "2021-01-01", "--json", "--content", content])).out,
    ) as { undated: number; hits: { year: number | null }[] };
    expect(json.undated).toBe(1);
    expect(json.hits.at(-1)?.year).toBeNull();
  });

  test.each([
    [["--from", "2024-13-01"], "--from 2024-13-01: month 13 does not exist; write a real date as YYYY-MM-DD"],
    [["--to", "2021-02-29"], "--to 2021-02-29: 2021-02 has no day 29"],
    [["--from", "2021"], "--from 2021: write the date as YYYY-MM-DD, e.g. 2021-01-01"],
    [["--from", "2021-12-31", "--to", "2021-01-01"], "--from 2021-12-31 is after --to 2021-01-01"],
  ])("%j is a usage error (exit 2) naming the flag and the form", async (flags, message) => {
    const result = await run(["search", "청렴", ...flags]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe("");
  });
});
