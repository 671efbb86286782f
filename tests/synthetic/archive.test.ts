import { beforeAll, describe, expect, test } from "vitest";
import type { Archive } from "../../src/lib/archive/buildArchive.ts";
import { FAMILIES } from "../../tools/synthetic/families.ts";
import { PRINTED_MIDDLE_DOTS } from "../../tools/synthetic/middleDots.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import type { SyntheticArchive } from "../../tools/synthetic/types.ts";
import { buildCorpus } from "./corpus.ts";

// A 200-article synthetic archive must build like real content: every front matter valid, every
// id known, every year folder right. Then it must show the features the brief asks of it.
let generated: SyntheticArchive;
let archive: Archive;

beforeAll(() => {
  ({ generated, archive } = buildCorpus(200, 42));
});

const bodyOf = (text: string): string => text.slice(text.indexOf("\n---\n", 4) + 5);
const bodies = (): string[] => generated.articles.map((a) => bodyOf(a.text));
const share = (predicate: (body: string) => boolean): number => bodies().filter(predicate).length / 200;

describe("a generated archive of 200 articles", () => {
  test("passes buildArchive without errors", () => {
    expect(archive.articles).toHaveLength(200);
    expect(archive.warnings.every((w) => w.severity === "warning")).toBe(true);
  });

  test.each([
    { what: "speakers", count: () => archive.speakers.length, min: 35, max: 45 },
    { what: "topics", count: () => archive.topics.length, min: 25, max: 35 },
    { what: "distinct outlets", count: () => new Set(archive.articles.map((a) => a.outlet)).size, min: 10, max: 14 },
    {
      what: "distinct publication years",
      count: () => new Set(archive.articles.map((a) => a.year)).size,
      min: 11,
      max: 11,
    },
    {
      what: "undated articles",
      count: () => archive.articles.filter((a) => a.published === null).length,
      min: 1,
      max: 20,
    },
    {
      what: "articles without a reporter",
      count: () => archive.articles.filter((a) => !a.reporter).length,
      min: 10,
      max: 80,
    },
    {
      what: "articles with a deck",
      count: () => archive.articles.filter((a) => a.deck.length > 0).length,
      min: 60,
      max: 160,
    },
    { what: "policy items", count: () => archive.policies.length, min: 100, max: 500 },
    {
      what: "headline quotes",
      count: () => archive.quotes.filter((q) => q.kind === "headline").length,
      min: 20,
      max: 120,
    },
    {
      what: "quotes of unregistered people",
      count: () => archive.quotes.filter((q) => q.speaker === null && q.source === "person").length,
      min: 10,
      max: 200,
    },
    {
      what: "quotes of anonymous or group sources",
      count: () => archive.quotes.filter((q) => q.source === "anonymous" || q.source === "group").length,
      min: 40,
      max: 150,
    },
  ])("has $min–$max $what", ({ count, min, max }) => {
    const n = count();
    expect(n).toBeGreaterThanOrEqual(min);
    expect(n).toBeLessThanOrEqual(max);
  });

  test.each([
    {
      what: "a published date in 2014–2024 KST, with +09:00",
      ok: () =>
        archive.articles.every(
          (a) =>
            a.published === null ||
            (/\+09:00$/u.test(a.published) && a.year !== null && a.year >= 2014 && a.year <= 2024),
        ),
    },
    {
      what: "a dateNote whenever published is null",
      ok: () => archive.articles.every((a) => a.published !== null || Boolean(a.dateNote)),
    },
    {
      what: "6 to 20 paragraphs",
      ok: () =>
        bodies().every((b) => {
          const n = b
            .trim()
            .split("\n\n")
            .filter((p) => !p.startsWith("## ")).length;
          return n >= 6 && n <= 20;
        }),
    },
    {
      what: "speakers listing exactly the registered ids quoted",
      ok: () =>
        generated.truth.every((t) => {
          const listed = archive.articles.find((a) => a.id === t.article)?.speakers ?? [];
          const quoted = [...new Set(t.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
          return JSON.stringify(listed) === JSON.stringify(quoted);
        }),
    },
    {
      what: "a paragraph under every `##` heading",
      ok: () =>
        bodies().every((b) => {
          const blocks = b.trim().split("\n\n");
          return blocks.every((p, i) => !p.startsWith("## ") || !(blocks[i + 1] ?? "## ").startsWith("## "));
        }),
    },
    {
      what: "policy figures with from and to",
      ok: () => archive.policies.every((p) => p.figures.every((f) => Boolean(f.from) && Boolean(f.to))),
    },
  ])("gives every article $what", ({ ok }) => {
    expect(ok()).toBe(true);
  });

  test.each([
    ...PRINTED_MIDDLE_DOTS.map((dot) => ({
      what: `the middle dot U+${dot.codePointAt(0)?.toString(16).toUpperCase()}`,
      has: (b: string) => b.includes(dot),
      min: 0.2,
    })),
    { what: "curly quotes “…”", has: (b: string) => /“[^”"]+”/u.test(b), min: 0.6 },
    { what: 'straight quotes "…"', has: (b: string) => /(?:^|\s)"[^"“”]+"(?:고|면서|며)/u.test(b), min: 0.05 },
    { what: 'mixed quotes “…"', has: (b: string) => /“[^”"]+"(?:고|면서|며)/u.test(b), min: 0.02 },
    { what: "‘…’ single-quoted terms", has: (b: string) => /‘[^’]+’/u.test(b), min: 0.5 },
    { what: "`## n.` section headings", has: (b: string) => /^## \d+\. /mu.test(b), min: 0.1 },
    {
      what: "continuation paragraphs (이어/또한/아울러/그는)",
      has: (b: string) => /^(?:이어|또한|아울러|그는|그러면서|또) [“"]/mu.test(b),
      min: 0.3,
    },
    { what: "two-span statements (“…”면서 “…”)", has: (b: string) => /[”"](?:면서|며) [“"]/u.test(b), min: 0.2 },
    {
      what: "figures that move (…에서 …으로)",
      has: (b: string) => /\d[가-힣%]*에서 [\d,.]+[가-힣%]*(?:으로|로) /u.test(b),
      min: 0.5,
    },
    {
      what: "a `[outlet=reporter 기자]` dateline",
      has: (b: string) => /^\[[^=\]]+=[가-힣]+ 기자\]/mu.test(b),
      min: 0.1,
    },
  ])("shows $what in at least $min of its articles", ({ has, min }) => {
    expect(share(has)).toBeGreaterThanOrEqual(min);
  });

  test.each(["강조했다", "당부했다", "지시했다", "밝혔다", "말했다", "주문했다", "약속했다", "덧붙였다"])(
    "uses the reporting verb %s",
    (verb) => {
      expect(archive.quotes.some((q) => q.verb === verb)).toBe(true);
    },
  );

  test("has a few thousand distinct words", () => {
    const words = new Set(bodies().flatMap((b) => b.match(/[가-힣]+/gu) ?? []));
    expect(words.size).toBeGreaterThan(2000);
  });
});

// The attribution patterns of real Korean text, each in its documented share of the planted quotes
// (tools/synthetic/families.ts), on a larger archive so that the rare ones are counted fairly.
describe.each([{ seed: 42 }, { seed: 7 }])("the planted quotes of 600 articles (seed $seed)", ({ seed }) => {
  const planted = (): { family: string; marks: string; expected: string }[] =>
    generateArchive({ count: 600, seed }).truth.flatMap((t) => t.quotes);
  let quotes: ReturnType<typeof planted> = [];
  beforeAll(() => {
    quotes = planted();
  });

  test.each(Object.entries(FAMILIES).map(([family, { share }]) => ({ family, min: share[0], max: share[1] })))(
    "are $min–$max of the $family pattern",
    ({ family, min, max }) => {
      const share = quotes.filter((q) => q.family === family).length / quotes.length;
      expect(share).toBeGreaterThanOrEqual(min);
      expect(share).toBeLessThanOrEqual(max);
    },
  );

  test("belong to the documented patterns only", () => {
    expect(quotes.filter((q) => !(q.family in FAMILIES))).toEqual([]);
  });

  test.each([
    {
      what: "printed with broken or mixed marks",
      has: (m: string) => !["curly", "straight"].includes(m),
      min: 0.06,
      max: 0.14,
    },
    { what: "never closed", has: (m: string) => m === "unclosed", min: 0.015, max: 0.04 },
  ])("are $min–$max $what", ({ has, min, max }) => {
    const share = quotes.filter((q) => has(q.marks)).length / quotes.length;
    expect(share).toBeGreaterThanOrEqual(min);
    expect(share).toBeLessThanOrEqual(max);
  });

  test.each([
    { expected: "unconfirmed", families: ["question", "other-gwangju"] },
    { expected: "anonymous", families: ["anonymous", "source-continued"] },
    { expected: "group", families: ["group", "source-continued"] },
  ])("plant $expected truths only for $families", ({ expected, families }) => {
    const found = quotes.filter((q) => q.expected === expected);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found.map((q) => q.family))].sort()).toEqual([...families].sort());
  });
});
