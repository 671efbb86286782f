// Fuzzing `npm run archive -- check` (threat class "crashes and hangs"): random front matter,
// hostile Markdown bodies (deep nesting, long runs of emphasis and brackets, raw HTML), control
// characters and bytes that are not UTF-8, written as real files into a content folder. Whatever
// comes, check must exit 0 or 1, name a file in every problem, and take no more than a few seconds.
import fc from "fast-check";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { scratchDir } from "../support/astroBuild.ts";
import { contentArbitraries } from "../property/contentArbitraries.ts";

/** Wall time one check may take, however hostile its files (generous for a loaded 2-core CI machine). */
const SECONDS_PER_CHECK = 5;
/** How long the whole property may run before fast-check stops drawing cases. */
const TIME_LIMIT_MS = 40_000;

const near = contentArbitraries(4);

/** A Markdown marker repeated, nested or in a row: the inputs that overflow or stall parsers. */
const hostileRun = fc
  .record({
    unit: fc.constantFrom(
      ">",
      "> ",
      "- ",
      "  - ",
      "1. ",
      "*",
      "_",
      "**",
      "*a_ ",
      "[",
      "](",
      "![",
      "<div>",
      "<span>",
      "`",
      "~~~",
      "|",
      "\\",
      "&#",
      "“",
      '"',
      "‘",
    ),
    count: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1000, max: 6000 })),
    newline: fc.boolean(),
    tail: fc.constantFrom("", "광주", " text", "\n"),
  })
  .map(({ unit, count, newline, tail }) => `${(newline ? `${unit}\n` : unit).repeat(count)}${tail}`);

const controlCharacter = fc.constantFrom(
  "\u0000",
  "\u000B",
  "\u001B",
  "\u000C",
  "\u007F",
  "\u0085",
  "\uFFFE",
  "\uD800",
  "\uFEFF",
);

/** A body: Korean prose with hostile runs and control characters spliced in. */
const body = fc
  .array(
    fc.oneof(
      fc.constantFrom("이용섭 시장은 “혁신”이라고 말했다.", "\n\n", "- 항목\n", "## 제목\n"),
      hostileRun,
      controlCharacter,
    ),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(""));

const FRONT = "---\ntitle: 제목\npublished: 2021-02-03T10:00:00+09:00\noutlet: 테스트\n---\n";

/** One article file's bytes: a nearly right article, a good head with a hostile body, or raw bytes. */
const articleBytes = fc.oneof(
  { weight: 2, arbitrary: near.nearArticle.map((text) => Buffer.from(text, "utf8")) },
  { weight: 5, arbitrary: body.map((text) => Buffer.from(`${FRONT}${text}`, "utf8")) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 400 })
      .map((bytes) => Buffer.concat([Buffer.from(FRONT), Buffer.from(bytes)])),
  },
);

/** File names: mostly good ones (so the body is parsed), sometimes near misses. */
const names = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("a.md", "b.md", "c.md") },
  { weight: 1, arbitrary: fc.constantFrom("d.MD", "e.markdown", "f.md.bak", "한글.md") },
);

async function check(contentDir: string, cacheDir: string) {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { ARCHIVE_CACHE_DIR: cacheDir, NO_COLOR: "1" },
    cwd: path.dirname(contentDir),
    isTty: false,
  };
  const code = await main(["check", "--content", contentDir], io);
  return { code, out, err };
}

describe("archive check under fuzzing", () => {
  test("exits 0 or 1, names a file in every problem, and never takes more than a few seconds", async () => {
    const root = scratchDir("fuzz");
    const cacheDir = path.join(root, "cache");
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(names, articleBytes), { minLength: 1, maxLength: 3 }), async (files) => {
        const contentDir = path.join(root, `content-${(run += 1)}`);
        cpSync(path.resolve("content/speakers.yaml"), path.join(contentDir, "speakers.yaml"));
        cpSync(path.resolve("content/topics.yaml"), path.join(contentDir, "topics.yaml"));
        cpSync(path.resolve("content/site.yaml"), path.join(contentDir, "site.yaml"));
        mkdirSync(path.join(contentDir, "articles/2021"), { recursive: true });
        for (const [name, bytes] of files) writeFileSync(path.join(contentDir, "articles/2021", name), bytes);
        const started = performance.now();
        const result = await check(contentDir, cacheDir);
        const seconds = (performance.now() - started) / 1000;
        rmSync(contentDir, { recursive: true, force: true });
        expect([0, 1], result.err).toContain(result.code);
        expect(seconds, result.err.slice(0, 500)).toBeLessThan(SECONDS_PER_CHECK);
        // Every problem line names a file under articles/ or a registry, then `error:` or `warning:`.
        const problemLines = result.err.split("\n").filter((line) => / (error|warning): /u.test(line));
        for (const line of problemLines)
          expect(line).toMatch(/^\S*content-\d+\/(articles\/|speakers|topics)\S* (\[[^\]]*\] )?(error|warning): /u);
        if (result.code === 1) expect(problemLines.some((line) => line.includes(" error: "))).toBe(true);
      }),
      { numRuns: 200, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: true },
    );
  }, 120_000);
});
