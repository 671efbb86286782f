import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import type { Quote } from "../../src/lib/schemas/quote.ts";
import { FIXTURES } from "../support/fixtures.ts";

interface ExpectedStatement {
  kind: Quote["kind"];
  speaker: string;
  verb: string;
  spans: [first: string, last: string][];
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, "shipped-quotes.json"), "utf8")) as Record<
  string,
  ExpectedStatement[] | string
>;
const archive = loadArchive(path.resolve("content"));

function statementsOf(article: string): ExpectedStatement[] {
  const quotes = archive.quotes.filter((q) => q.article === article);
  const groups = [...new Set(quotes.map((q) => q.statement))].map((id) => quotes.filter((q) => q.statement === id));
  return groups.map((group) => ({
    kind: group[0]?.kind ?? "body",
    speaker: group[0]?.speaker ?? "",
    verb: group[0]?.verb ?? "",
    spans: group.map((q) => {
      const first = expectedStart(article, q.text);
      return [first, q.text.slice(q.text.length - expectedEndLength(article, q.text))];
    }),
  }));
}

// Compare spans by the words written in the fixture: the quote must start with the expected first
// words and end with the expected last words (the fixture does not repeat the whole text).
function expectedSpans(article: string): [string, string][] {
  return (expected[article] as ExpectedStatement[]).flatMap((s) => s.spans);
}
function expectedStart(article: string, text: string): string {
  return expectedSpans(article).find(([first]) => text.startsWith(first))?.[0] ?? text;
}
function expectedEndLength(article: string, text: string): number {
  return (expectedSpans(article).find(([, last]) => text.endsWith(last))?.[1] ?? text).length;
}

test.each(Object.keys(expected).filter((key) => !key.startsWith("_")))(
  "every direct quote of %s is found, grouped and attributed",
  (article) => {
    expect(statementsOf(article)).toEqual(expected[article]);
  },
);

test("single-quoted terms are never quotes", () => {
  for (const term of ["혁신행정·소통행정·청렴행정", "시정혁신 추진상황 보고회"]) {
    expect(archive.quotes.some((q) => q.text === term)).toBe(false);
  }
});

test("the headline quote is kept apart from the body quote it paraphrases", () => {
  const headline = archive.quotes.filter((q) => q.kind === "headline");
  expect(headline).toHaveLength(1);
  expect(headline[0]?.position).toBeNull();
  const body = archive.quotes.find((q) => q.kind === "body" && q.text.endsWith("AI 광주시대를 열어가자"));
  expect(body?.statement).not.toBe(headline[0]?.statement);
});

test("the smart-factory policy item carries the 2019 article's figures", () => {
  const policy = archive.policies.find((p) => p.id === "smart-factory-investment");
  expect(policy).toMatchObject({
    article: "2019-10-02-innovation-committee-report",
    figures: [{ label: "스마트공장 재정투자", from: "5억원", to: "40억원" }],
  });
});

test("policy items link to the quotes that speak of them, both ways", () => {
  const personnel = archive.policies.find((p) => p.id === "performance-based-personnel");
  expect(personnel?.quotes.length).toBeGreaterThan(0);
  for (const id of personnel?.quotes ?? []) {
    expect(archive.quotes.find((q) => q.id === id)?.policies).toContain("performance-based-personnel");
  }
});
