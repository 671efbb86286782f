import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { parseArchiveDate } from "../../src/lib/dates/kst.ts";
import { ContentError } from "../../src/lib/errors.ts";
import { anyText, contentArbitraries, dateText } from "./contentArbitraries.ts";

// Runs per property: enough to reach odd corners, few enough for a 2-core machine (the file takes
// well under 20 s). A failure prints the seed and the shrunk counterexample; rerun it with
// `fc.assert(..., { seed, path })`.
const RUNS = 1000;

/** Files nearly right, about a third of them valid; and files mostly right, for whole archives. */
const near = contentArbitraries(1);
const careful = contentArbitraries(8);

/*
 * Bugs these properties found in src/lib:
 *
 * 1. YAML aliases crash the parsers with a ReferenceError instead of a ContentError.
 *    `parseYamlWithLines` (src/lib/frontmatter/yamlWithLines.ts, `doc.toJS({ maxAliasCount: 50 })`)
 *    lets yaml's toJS throw for an alias without its anchor (`title: *a`) and for more aliases than
 *    the limit allows (`title: &a t` then 50 `*a`). It reaches parseArticle and, through
 *    parseRegistry, buildArchive for speakers.yaml and topics.yaml.
 * 2. parseArchiveDate (src/lib/dates/kst.ts) puts the years 0000–0099 in 1900–1999: `Date.UTC`
 *    reads a two-digit year as 19xx. `0050-01-01T00:00:00Z` comes back as an instant in 1950 with
 *    kstYear 1950, and `0000-02-29` (a leap day) is refused as `0000-02 has no day 29`.
 *
 * Both are fixed (aliases become a ContentError; years are placed with setUTCFullYear); each bug's
 * smallest inputs stay below as regression rows.
 */

/** How a content function ended: with a value, or with the project's ContentError. Anything else is thrown on. */
function strictOutcome(run: () => unknown): "value" | "content error" {
  try {
    run();
    return "value";
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.problems.some((p) => p.severity === "error")).toBe(true);
    for (const p of error.problems) {
      expect(p.file).toEqual(expect.stringMatching(/\S/u));
      expect(p.message).toEqual(expect.stringMatching(/\S/u));
      expect(p.fix).toEqual(expect.stringMatching(/\S/u));
    }
    return "content error";
  }
}

const ARTICLE_TEXTS = [
  ["printable ASCII (fc.string)", fc.string({ maxLength: 200 })],
  ["any code points (fc.string, unit binary)", fc.string({ unit: "binary", maxLength: 200 })],
  ["nearly valid article files", near.nearArticle],
] as const;

describe("parseArticle returns a record or throws a ContentError, nothing else", () => {
  test.each(ARTICLE_TEXTS)("%s", (_name, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        strictOutcome(() => parseArticle({ path: "articles/2021/x.md", text }));
      }),
      { numRuns: RUNS },
    );
  });

  test("the nearly valid files reach both outcomes, so the property says something about each", () => {
    const outcomes = fc
      .sample(near.nearArticle, { numRuns: 300, seed: 1 })
      .map((text) => strictOutcome(() => parseArticle({ path: "articles/2021/x.md", text })));
    expect(outcomes.filter((o) => o === "value").length).toBeGreaterThan(15);
    expect(outcomes.filter((o) => o === "content error").length).toBeGreaterThan(15);
  });
});

const ALIASES_50 = Array.from({ length: 50 }, () => "*a").join(", ");

describe("the bugs these properties found stay fixed (see the comment at the top)", () => {
  test.each([
    [
      "parseArticle, an alias without its anchor",
      () => parseArticle({ path: "articles/2021/x.md", text: "---\ntitle: *a\n---\n" }),
    ],
    [
      "parseArticle, 50 aliases of one anchor",
      () => parseArticle({ path: "articles/2021/x.md", text: `---\ntitle: &a t\nnotes: [${ALIASES_50}]\n---\n` }),
    ],
    [
      "buildArchive, an alias without its anchor in topics.yaml",
      () =>
        buildArchive({
          speakers: { path: "speakers.yaml", text: "[]\n" },
          topics: { path: "topics.yaml", text: "- id: *a\n" },
          articles: [],
        }),
    ],
  ])("%s ends in a ContentError", (_name, run) => {
    expect(strictOutcome(run)).toBe("content error");
  });

  test.each(["0050-01-01T00:00:00Z", "0099-12-31T23:59:59Z"])(
    "parseArchiveDate places %s at its own instant",
    (text) => {
      const parsed = parseArchiveDate(text);
      expect(typeof parsed === "string" ? parsed : parsed.epochMs).toBe(Date.parse(text));
    },
  );

  test("parseArchiveDate accepts 0000-02-29, a leap day", () => {
    expect(parseArchiveDate("0000-02-29")).toMatchObject({ iso: "0000-02-29", kstYear: 0 });
  });
});

/** A small archive: registries that are nearly right (or any text) and one to three nearly valid articles. */
const archives = fc.record({
  speakers: careful.speakersText.map((text) => ({ path: "speakers.yaml", text })),
  topics: careful.topicsText.map((text) => ({ path: "topics.yaml", text })),
  articles: fc.array(
    fc.record({
      path: careful.articlePath,
      text: fc.oneof(
        { weight: 4, arbitrary: careful.nearArticle },
        { weight: 1, arbitrary: near.nearArticle },
        { weight: 1, arbitrary: anyText },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

describe("buildArchive returns an archive or throws a ContentError, nothing else", () => {
  test("the random archives reach both outcomes, some with quotes", () => {
    const built = fc.sample(archives, { numRuns: 200, seed: 1 }).flatMap((sources) => {
      try {
        return [buildArchive(sources)];
      } catch {
        return [];
      }
    });
    expect(built.length).toBeGreaterThan(20);
    expect(built.length).toBeLessThan(180);
    expect(built.filter((archive) => archive.quotes.length > 0).length).toBeGreaterThan(10);
  });

  test("over random small archives", () => {
    fc.assert(
      fc.property(archives, (sources) => {
        strictOutcome(() => buildArchive(sources));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("parseArchiveDate returns a date or a reason, never throws", () => {
  const DATE_TEXTS = [
    ["dates near and past the edges of ISO 8601", dateText],
    ["any code points", fc.string({ unit: "binary", maxLength: 40 })],
  ] as const;

  test.each(DATE_TEXTS)("%s: a returned iso re-parses to the same date and instant", (_name, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseArchiveDate(text);
        if (typeof parsed === "string") {
          expect(parsed).toEqual(expect.stringMatching(/\S/u));
          return;
        }
        expect(parseArchiveDate(parsed.iso)).toEqual(parsed);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test("dates near the edges: the instant is the one JavaScript's own ISO parser reads", () => {
    fc.assert(
      fc.property(dateText, (text) => {
        const parsed = parseArchiveDate(text);
        fc.pre(typeof parsed !== "string");
        if (typeof parsed === "string") return;
        // A date alone means midnight KST; Date.parse reads an explicit offset the same in every TZ.
        const instant = Date.parse(parsed.hasTime ? parsed.iso : `${parsed.iso}T00:00:00+09:00`);
        expect(parsed.epochMs).toBe(instant);
        expect(parsed.kstYear).toBe(new Date(instant + 9 * 3_600_000).getUTCFullYear());
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
