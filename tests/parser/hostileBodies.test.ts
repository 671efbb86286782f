// Bodies built to crash or stall the Markdown pipeline (issue 21): deep nesting overflowed the
// stack of remark, mdast-util-to-hast or parse5 with a RangeError naming no file, and some
// shapes took minutes. Each must now give an error naming the file and line, or parse as before,
// and within seconds. Outcomes before the limits (src/lib/markdown/bodyLimits.ts), measured on a
// loaded 2-core machine, are noted by each case.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { withParallelUnits } from "../../src/io/parallelUnits.ts";
import { articleUnit, unitContextOf } from "../../src/lib/archive/articleUnit.ts";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { parseArticle, type SourceFile } from "../../src/lib/articles/parseArticle.ts";
import { ContentError } from "../../src/lib/errors.ts";
import { BODY_LIMITS, bodyLimitProblem } from "../../src/lib/markdown/bodyLimits.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";

const FILE = "articles/2019/2019-10-02-hostile.md";
/** The body starts on this line of the file. */
const BODY_LINE = 6;
const article = (body: string): SourceFile => ({
  path: FILE,
  text: `---\ntitle: 시험 기사\npublished: 2019-10-02\noutlet: 광주일보\n---\n${body}`,
});
const content = (name: string): SourceFile => ({
  path: name,
  text: readFileSync(path.resolve("content", name), "utf8"),
});
const context = unitContextOf(content("speakers.yaml"), content("topics.yaml"));

const lines = (n: number, line: (i: number) => string, separator = "\n"): string =>
  Array.from({ length: n }, (_, i) => line(i)).join(separator);

/** The largest time a case may take: generous for a loaded CI machine, far below the minutes before. */
const BOUND_MS = 3000;

/** The file line an error must name: exact, or within a range when the work limit decides it. */
type Line = number | [number, number];

// [name, body, the error's line and message, or "parses"], each with its outcome before the limits
const cases: [string, string, { line: Line; message: RegExp } | "parses"][] = [
  // before: RangeError (Maximum call stack size exceeded)
  ["`>`×1,500 on one line", `${">".repeat(1500)} 본문`, { line: BODY_LINE, message: /nests 1500 levels deep/u }],
  // before: RangeError
  ["`- `×1,000 on one line", `${"- ".repeat(1000)}항목`, { line: BODY_LINE, message: /nests 1000 levels deep/u }],
  // before: still parsing after 400 s
  ["`- `×50,000 on one line", `${"- ".repeat(50_000)}항목`, { line: BODY_LINE, message: /nests 50000 levels/u }],
  // before: RangeError
  ["`> - `×800 on one line", `${"> - ".repeat(800)}항목`, { line: BODY_LINE, message: /nests 1600 levels deep/u }],
  // before: parsed, in 24 s (800 levels overflow the stack)
  [
    "600 list items, each indented under the last",
    lines(600, (i) => `${"  ".repeat(i)}- 항목`),
    { line: BODY_LINE + 64, message: /nests 65 levels deep/u },
  ],
  // before: parsed, in 34 s
  [
    "600 list items indented by tabs, each under the last",
    lines(600, (i) => `${"\t".repeat(i)}- 항목`),
    { line: BODY_LINE + 64, message: /nests 65 levels deep/u },
  ],
  // Lazy lines keep the items open in remark: the indentation still counts. before: parsed, in 23 s
  [
    "600 nested list items, each followed by a lazy line",
    lines(600, (i) => `${"  ".repeat(i)}- 항목\n이어짐`),
    { line: BODY_LINE + 128, message: /nests 65 levels deep/u },
  ],
  // before: RangeError in render (parse5 via rehype-raw), as for each HTML case below
  ["`<div>`×2,000", "<div>".repeat(2000), { line: BODY_LINE, message: /more than 64 elements/u }],
  ["`<div>` on 2,000 lines", lines(2000, () => "<div>", "\n\n"), { line: BODY_LINE + 128, message: /more than 64/u }],
  ["inline `<span>`×2,000", `본문 ${"<span>".repeat(2000)}끝`, { line: BODY_LINE, message: /more than 64 elements/u }],
  ["`<table><td>`×500", "<table><td>".repeat(500), { line: BODY_LINE, message: /more than 64 elements/u }],
  // End tags that close nothing, or hidden in a comment or an attribute, do not close.
  ["`<div></span>`×2,000", "<div></span>".repeat(2000), { line: BODY_LINE, message: /more than 64 elements/u }],
  ["`<div><!--</div>-->`×2,000", "<div><!--</div>-->".repeat(2000), { line: BODY_LINE, message: /more than 64/u }],
  [
    '`<div title="</div>">`×2,000',
    '<div title="</div>">'.repeat(2000),
    { line: BODY_LINE, message: /more than 64 elements/u },
  ],
  // before: parsed, in 68 s
  ["`*a_ `×25,000", "*a_ ".repeat(25_000), { line: BODY_LINE, message: /more than 500 runs of `\*` or `_`/u }],
  // before: RangeError
  [
    "1,600 nested `*` emphases",
    `${"*a ".repeat(1600)}b${" a*".repeat(1600)}`,
    { line: BODY_LINE, message: /more than 500 runs/u },
  ],
  // before: parsed, in 11 s
  [
    "1,500 paragraphs of `*a_ `×125",
    lines(1500, () => "*a_ ".repeat(125), "\n\n"),
    { line: [BODY_LINE, BODY_LINE + 100], message: /too many runs of `\*` or `_`/u },
  ],
  // before: parsed, in 0.1 s: one run of 20,000 `*` is a single delimiter
  ["`**`×10,000", "**".repeat(10_000), "parses"],
  // before: parsed, in 22 ms: brackets alone are plain prose, which remark never sees
  ["`[`×20,000", "[".repeat(20_000), "parses"],
  // before: parsed, in 0.4 s; remark reads this one, and nested brackets are what make images slow
  [
    "`[`×20,000 and emphasis",
    `${"[".repeat(20_000)} *강조*`,
    { line: BODY_LINE, message: /more than 64 `\[` are open/u },
  ],
  // before: parsed, in 1.3 s (2,048 groups of 64 in a paragraph took 47 s)
  [
    "800 nested images",
    `${"![".repeat(800)}a${"](u)".repeat(800)}`,
    { line: BODY_LINE, message: /more than 64 `\[` are open/u },
  ],
  // before: parsed, in 53 s
  [
    "backtick runs of 1 to 1,000 ticks",
    lines(1000, (i) => "`".repeat(i + 1), " "),
    { line: BODY_LINE, message: /too many backticks/u },
  ],
  // before: parsed, in 23 s
  [
    "50,000 list items",
    lines(50_000, () => "- 항목"),
    { line: [BODY_LINE + 100, BODY_LINE + 1000], message: /too many separate list items and block quotes/u },
  ],
  // before: still parsing after 90 s (4,000 lines took 45 s)
  [
    "50,000 lines of `- - 항목` (a list in each item)",
    lines(50_000, () => "- - 항목"),
    { line: [BODY_LINE + 100, BODY_LINE + 1000], message: /too many separate list items/u },
  ],
  // before: parsed, in 13 s
  [
    "4,000 one-line block quotes",
    lines(4000, () => "> 인용", "\n\n"),
    { line: [BODY_LINE + 100, BODY_LINE + 3000], message: /too many separate list items and block quotes/u },
  ],
  // before: parsed, in 20 s
  [
    "100,000 lines of text, then 400 block quotes",
    `${"본문\n".repeat(100_000)}\n${lines(400, () => "> 인용", "\n\n")}`,
    { line: [BODY_LINE + 100_000, BODY_LINE + 100_800], message: /too many separate list items/u },
  ],
  // A body at every limit at once must still parse and render, without a RangeError.
  [
    "every limit reached at once",
    [
      lines(BODY_LIMITS.containerDepth, (i) => `${"  ".repeat(i)}- 항목`),
      `${"  ".repeat(BODY_LIMITS.containerDepth)}${"<div>".repeat(BODY_LIMITS.htmlDepth)}`,
      `${"  ".repeat(BODY_LIMITS.containerDepth)}${"*a ".repeat(BODY_LIMITS.emphasisRuns / 2)}b${" a*".repeat(BODY_LIMITS.emphasisRuns / 2)}`,
      `${"  ".repeat(BODY_LIMITS.containerDepth)}${"![".repeat(BODY_LIMITS.bracketDepth)}a${"](u)".repeat(BODY_LIMITS.bracketDepth)}`,
      `${">".repeat(BODY_LIMITS.containerDepth)} ${"*a ".repeat(BODY_LIMITS.emphasisRuns / 2)}b${" a*".repeat(BODY_LIMITS.emphasisRuns / 2)}`,
    ].join("\n\n"),
    "parses",
  ],
  [
    "an article with lists, quotes, emphasis, links and HTML",
    [
      "## 주요 내용",
      "",
      "- **첫째** 항목\n  - 하위 항목 [링크](https://example.org)\n    1. 더 깊은 항목",
      "> “인용”이라고 *말했다*.\n>\n> > 인용 속 인용",
      "<div><p>HTML <b>굵게</b></p></div>",
      "`코드`와 snake_case_words, * * *",
      "- - -",
    ].join("\n\n"),
    "parses",
  ],
];

describe("hostile bodies give an error naming the file and line, or parse, in seconds", () => {
  test.each(cases)("%s", (_name, body, expected) => {
    if (!context) throw new Error("the registries in content/ do not parse");
    const started = performance.now();
    const unit = articleUnit(article(body), context);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(BOUND_MS);
    if (expected === "parses") {
      expect(unit.problems).toEqual([]);
      expect(unit.article?.html).toBeTruthy();
      return;
    }
    expect(unit.problems).toHaveLength(1);
    const [found] = unit.problems;
    expect(found).toMatchObject({ file: FILE, field: "body", severity: "error" });
    expect(found?.message).toMatch(expected.message);
    if (typeof expected.line === "number") expect(found?.line).toBe(expected.line);
    else {
      expect(found?.line).toBeGreaterThanOrEqual(expected.line[0]);
      expect(found?.line).toBeLessThanOrEqual(expected.line[1]);
    }
    // parseArticle itself throws the ContentError the unit reports.
    expect(() => parseArticle(article(body))).toThrow(ContentError);
  });
});

describe("an article slower than the time budget, parsed in worker threads", () => {
  // Within every limit, but about 950 kB of links: remark takes 10 s or more over it.
  const slowBody = lines(330, () => "[링크](https://example.org/기사) ".repeat(100), "\n\n");
  const slow: SourceFile = { ...article(slowBody), path: "articles/2019/2019-10-02-slow-body.md" };

  test("is stopped and reported by file and line, and the other articles are parsed", async () => {
    expect(bodyLimitProblem(slowBody)).toBeUndefined();
    const synthetic = generateArchive({ count: 6, seed: 7 });
    const [first, ...rest] = synthetic.articles;
    if (!first) throw new Error("no synthetic articles");
    // The slow article comes second in the first worker's share, so a new worker must go on after it.
    const articles = [first, slow, ...rest];
    const sources = {
      speakers: { path: "speakers.yaml", text: synthetic.speakersYaml },
      topics: { path: "topics.yaml", text: synthetic.topicsYaml },
      articles,
    };
    const started = performance.now();
    const units = await withParallelUnits(sources, undefined, 2, { articleBudgetMs: 1000, minArticles: 1 });
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(units?.get(slow)?.problems).toEqual([
      expect.objectContaining({
        file: slow.path,
        line: BODY_LINE,
        field: "body",
        severity: "error",
        message: expect.stringMatching(/^parsing took longer than 1 s/u),
      }),
    ]);
    for (const file of [first, ...rest]) {
      expect(units?.get(file)?.problems, file.path).toEqual([]);
      expect(units?.get(file)?.article?.file, file.path).toBe(file.path);
    }
    // The archive fails with that one error, naming the file, and the main thread never parses it.
    let error: unknown;
    try {
      buildArchive(sources, units);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const errors = (error as ContentError).problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => p.file)).toEqual([slow.path]);
  }, 120_000);
});
