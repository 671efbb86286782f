import { spawnSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { HELP, main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { scratchDir } from "../support/astroBuild.ts";

async function run(argv: string[], env: Record<string, string | undefined> = {}, isTty = false) {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), env, cwd: process.cwd(), isTty };
  const code = await main(argv, io);
  return { code, out, err };
}

function brokenContent(): string {
  const dir = path.join(scratchDir("cli"), "content");
  cpSync("content", dir, { recursive: true });
  writeFileSync(
    path.join(dir, "articles/2021/bad-date.md"),
    "---\ntitle: 제목\npublished: 2021-02-30\noutlet: 테스트\n---\n본문\n",
  );
  writeFileSync(
    path.join(dir, "articles/2021/bad-speaker.md"),
    "---\ntitle: 제목\npublished: 2021-02-03\noutlet: 테스트\nspeakers: [nobody]\n---\n본문\n",
  );
  return dir;
}

test.each([
  [["help"], 0, "Usage: npm run archive"],
  [["--help"], 0, "Commands:"],
  [[], 2, "Usage:"],
  [["frobnicate"], 2, "unknown command: frobnicate"],
  [["check", "extra"], 2, "unexpected argument: extra"],
  [["check", "--colour"], 2, "unknown option --colour"],
])("archive %j exits %i", async (argv, code, text) => {
  const result = await run(argv);
  expect(result.code).toBe(code);
  expect(result.out + result.err).toContain(text);
});

test("check passes on the shipped archive and says what it checked", async () => {
  const result = await run(["check"]);
  expect(result.code).toBe(0);
  expect(result.err).toMatch(/ok: 2 articles, 18 quotes/u);
});

test("check lists every problem with file, line and field, and exits 1", async () => {
  const result = await run(["check", "--content", brokenContent()]);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/articles\/2021\/bad-date\.md:3 \[published\] error: `published`: 2021-02 has no day 30/u);
  expect(result.err).toMatch(/articles\/2021\/bad-speaker\.md:5 \[speakers\.0\] error: unknown speaker id `nobody`/u);
  // The shipped article's one warning (its mixed quote marks, faithful to the source) is acknowledged.
  expect(result.err).toMatch(/2 errors, 0 warnings$/mu);
});

test("check --json gives a machine-readable list", async () => {
  const result = await run(["check", "--json", "--content", brokenContent()]);
  const parsed = JSON.parse(result.out) as { ok: boolean; errors: number; problems: { field?: string }[] };
  expect(parsed.ok).toBe(false);
  expect(parsed.problems.map((p) => p.field)).toContain("published");
});

test.each([
  ["a terminal", {}, true, true],
  ["a terminal with NO_COLOR", { NO_COLOR: "1" }, true, false],
  ["a pipe", {}, false, false],
])("colour on %s: %s", async (_name, env, isTty, coloured) => {
  const result = await run(["check", "--content", brokenContent()], env, isTty);
  expect(result.err.includes("\u001B[")).toBe(coloured);
});

test("report shows every quote with its speaker and verb, and what to check", async () => {
  const result = await run(["report"]);
  expect(result.code).toBe(0);
  expect(result.out).toContain("2019-10-02-innovation-committee-report");
  expect(result.out).toContain("이용섭 [likely] (continued) cue «이어» · 주문했다");
  expect(result.out).toContain("“혁신의 성과는 시민들의 지지로부터 나온다”");
  expect(result.out).toMatch(
    /acknowledged \(faithful to the source, in `acknowledge:`\):\n\s+line 57: \[mixed-quote-marks\] a quote opened with one kind of mark/u,
  );
  expect(result.out).toMatch(/^2 articles, 18 quotes, 0 warnings \(and 1 acknowledged\)\.$/mu);
});

test("report --json lists quotes per article", async () => {
  const parsed = JSON.parse((await run(["report", "--json"])).out) as { article: string; quotes: unknown[] }[];
  expect(parsed.map((a) => [a.article, a.quotes.length])).toEqual([
    ["2021-new-year-assembly", 14],
    ["2019-10-02-innovation-committee-report", 4],
  ]);
});

test("the real `npm run archive` process exits with the command's code", async () => {
  const result = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/archive.ts", "check", "--content", brokenContent()],
    { encoding: "utf8" },
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("error:");
  expect(HELP).toContain("check");
});

describe("search from the terminal, over the same library as the site", () => {
  test("finds a quote by a phrase and marks the match", async () => {
    const result = await run(["search", "혁신의", "성과는"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^1\. \[quote\] 이용섭 광주시장, 혁신추진위 시정혁신 추진상황 보고회 주재\n/u);
    expect(result.out).toContain("[혁신]의 [성과]는 시민들의 지지로부터 나온다");
  });

  test("--json with filters gives records of one type", async () => {
    const result = await run(["search", "ㅊㄹㅎㅈ", "--type", "quote", "--speaker", "lee-yong-seop", "--json"]);
    const parsed = JSON.parse(result.out) as { total: number; hits: { type: string; speakers: string[] }[] };
    expect(parsed.total).toBeGreaterThan(0);
    expect(parsed.hits.every((h) => h.type === "quote" && h.speakers.includes("lee-yong-seop"))).toBe(true);
  });

  test.each([
    [["search"], "search needs a query"],
    [["search", "혁신", "--type", "speech"], "--type must be one of quote, policy, article"],
    [["search", "혁신", "--speaker", "nobody"], "unknown speaker id: nobody"],
    [["search", "혁신", "--limit", "0"], "--limit must be a whole number"],
    [["check", "--force"], "unknown option --force"],
  ])("%j is a usage error", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});
