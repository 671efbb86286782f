import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";
import { scratchDir } from "../support/astroBuild.ts";

function content(): string {
  const dir = path.join(scratchDir("new"), "content");
  cpSync("content", dir, { recursive: true });
  return dir;
}

async function run(argv: string[], answers?: string[]) {
  let out = "";
  let err = "";
  const asked: string[] = [];
  const queue = [...(answers ?? [])];
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    cwd: process.cwd(),
    isTty: false,
    ask: answers
      ? async (question) => {
          asked.push(question);
          return queue.shift() ?? "";
        }
      : undefined,
  };
  return { code: await main(argv, io), out, err, asked };
}

const FLAGS = [
  "--title",
  "광주시, 2024년 예산 발표",
  "--outlet",
  "테스트일보",
  "--published",
  "2024-03-05 14:30",
  "--speakers",
  "lee-yong-seop",
  "--topics",
  "integrity",
];

test("from flags alone, writes a valid article filed under its KST year", async () => {
  const dir = content();
  const result = await run(["new", ...FLAGS, "--id", "2024-03-05-budget", "--content", dir]);
  expect(result.code).toBe(0);
  const text = readFileSync(path.join(dir, "articles/2024/2024-03-05-budget.md"), "utf8");
  expect(text).toMatch(
    /^---\ntitle: 광주시, 2024년 예산 발표\ndeck: \[\]\npublished: 2024-03-05T14:30:00\+09:00\noutlet: 테스트일보\nspeakers: \[lee-yong-seop\]\ntopics: \[integrity\]\n---\n/u,
  );
  expect((await run(["check", "--content", dir])).code).toBe(0);
});

test("asks in a terminal for what the flags leave out", async () => {
  const dir = content();
  const result = await run(
    ["new", "--id", "2024-03-06-asked", "--content", dir],
    ["질문으로 만든 기사", "프레시안", "2024-03-06T09:00", "", "lee-yong-seop", ""],
  );
  expect(result.code).toBe(0);
  expect(result.asked[0]).toContain("제목");
  expect(result.asked).toHaveLength(6);
  expect(readFileSync(path.join(dir, "articles/2024/2024-03-06-asked.md"), "utf8")).toContain(
    "title: 질문으로 만든 기사",
  );
});

test.each([
  [["new", "--outlet", "x"], 2, "--title is required when input is not a terminal"],
  [["new", ...FLAGS, "--published", "2024-02-30"], 2, "--published: 2024-02 has no day 30"],
  [["new", "--title", "t", "--outlet", "o"], 2, "an undated article needs an --id that starts with its year"],
  [["new", ...FLAGS, "--speakers", "nobody"], 1, "unknown speaker `nobody`"],
  [["new", ...FLAGS, "--id", "Bad Id"], 2, "--id takes lower-case letters"],
])("%j exits %i", async (argv, code, message) => {
  const result = await run([...argv, "--content", content()]);
  expect(result.code).toBe(code);
  expect(result.err).toContain(message);
});

test("never overwrites an article without --force", async () => {
  const dir = content();
  const argv = ["new", ...FLAGS, "--id", "2024-03-05-budget", "--content", dir];
  expect((await run(argv)).code).toBe(0);
  const again = await run(argv);
  expect(again.code).toBe(1);
  expect(again.err).toContain("the file already exists and was left as it is");
  expect((await run([...argv, "--force"])).code).toBe(0);
});

test("an undated article with a year-led id gets published: null and a dateNote", async () => {
  const dir = content();
  const result = await run([
    "new",
    "--title",
    "날짜 없는 기사",
    "--outlet",
    "프레시안",
    "--id",
    "2021-undated-piece",
    "--content",
    dir,
  ]);
  expect(result.code).toBe(0);
  expect(readFileSync(path.join(dir, "articles/2021/2021-undated-piece.md"), "utf8")).toContain(
    "published: null\ndateNote: 원문에 게재일 표기가 없다.\n",
  );
});
