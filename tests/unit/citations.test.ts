import { describe, expect, test } from "vitest";
import { bibtex, escapeBibtex } from "../../src/lib/citations/bibtex.ts";
import type { Citable } from "../../src/lib/citations/citable.ts";
import { citationMeta } from "../../src/lib/citations/citationMeta.ts";
import { cslJson } from "../../src/lib/citations/cslJson.ts";
import { koreanReference } from "../../src/lib/citations/korean.ts";

const dated: Citable = {
  id: "2019-10-02-innovation-committee-report--1weavdf",
  article: {
    title: "이용섭 광주시장, 혁신추진위 시정혁신 추진상황 보고회 주재",
    outlet: "광주N광주",
    reporter: "노현서",
    published: "2019-10-02T18:24:00+09:00",
    url: undefined,
  },
  quote: { text: "혁신의 성과는 시민들의 지지로부터 나온다", speakerName: "이용섭" },
  archiveUrl: "https://press-archive.example/quotes/2019-10-02-innovation-committee-report--1weavdf/",
};
const undated: Citable = {
  id: "2021-new-year-assembly",
  article: {
    title: "광주 이용섭 시장 “2021년 …” 강조",
    outlet: "프레시안",
    reporter: undefined,
    published: null,
    url: undefined,
  },
  archiveUrl: "https://press-archive.example/articles/2021-new-year-assembly/",
};

describe("Korean reference line", () => {
  test.each([
    [
      dated,
      "이용섭, “혁신의 성과는 시민들의 지지로부터 나온다”, 노현서, 「이용섭 광주시장, 혁신추진위 시정혁신 추진상황 보고회 주재」, 『광주N광주』, 2019. 10. 2. https://press-archive.example/quotes/2019-10-02-innovation-committee-report--1weavdf/",
    ],
    [
      undated,
      "「광주 이용섭 시장 “2021년 …” 강조」, 『프레시안』, 게재일 미상. https://press-archive.example/articles/2021-new-year-assembly/",
    ],
  ])("%#", (source, expected) => {
    expect(koreanReference(source)).toBe(expected);
  });

  test("a UTC time just before midnight is cited with its KST date", () => {
    expect(
      koreanReference({ ...undated, article: { ...undated.article, published: "2018-12-31T16:30:00Z" } }),
    ).toContain("2019. 1. 1.");
  });
});

describe("BibTeX", () => {
  test("a dated quote citation", () => {
    const entry = bibtex(dated);
    expect(entry).toMatch(/^@article\{2019-10-02-innovation-committee-report--1weavdf,\n/u);
    // The reporter is one literal name: `{노현서}` alone is a BibTeX name list, split and reordered.
    expect(entry).toContain("  author = {{노현서}}");
    expect(entry).toContain("  year = {2019}");
    expect(entry).toContain("  month = oct");
    expect(entry).toContain("  note = {이용섭: “혁신의 성과는 시민들의 지지로부터 나온다”}");
    expect(entry.trimEnd().endsWith("}")).toBe(true);
  });

  test("an undated article has no invented year", () => {
    expect(bibtex(undated)).not.toMatch(/^  (?:year|month|author) =/mu);
  });

  test.each([
    // Not `\{`: BibTeX counts that brace too, so a lone one would end the field early.
    ["{braces}", "\\textbraceleft{}braces\\textbraceright{}"],
    ["50% & #1_$", "50\\% \\& \\#1\\_\\$"],
  ])("escapes %s", (input, output) => {
    expect(escapeBibtex(input)).toBe(output);
  });
});

describe("CSL-JSON", () => {
  test.each([
    [
      dated,
      {
        type: "article-newspaper",
        "container-title": "광주N광주",
        author: [{ literal: "노현서" }],
        issued: { "date-parts": [[2019, 10, 2]] },
        language: "ko",
      },
    ],
    [undated, { type: "article-newspaper", "container-title": "프레시안", language: "ko" }],
  ])("%#", (source, expected) => {
    const item = cslJson(source);
    expect(item).toMatchObject(expected);
    if (source.article.published === null) expect(item).not.toHaveProperty("issued");
  });
});

test.each([
  [
    dated,
    [
      "citation_title",
      "citation_author",
      "citation_publication_date",
      "citation_publisher",
      "citation_journal_title",
      "citation_language",
      "citation_public_url",
    ],
    "2019/10/02",
  ],
  [
    undated,
    ["citation_title", "citation_publisher", "citation_journal_title", "citation_language", "citation_public_url"],
    undefined,
  ],
])("citation_* meta tags %#", (source, names, date) => {
  const tags = citationMeta(source);
  expect(tags.map((t) => t.name)).toEqual(names);
  expect(tags.find((t) => t.name === "citation_publication_date")?.content).toBe(date);
});
