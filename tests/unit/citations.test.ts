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

describe("the original's address, the day it was read, and the year of an undated article", () => {
  const read: Citable = {
    ...dated,
    article: { ...dated.article, url: "https://news.example/view/2019_10_02", retrieved: "2024-03-05" },
  };
  const filed: Citable = { ...undated, article: { ...undated.article, year: 2021 } };
  const noted: Citable = {
    ...undated,
    article: { ...undated.article, year: null, dateNote: "본문이 2021년 새해 정례조회를 전한다." },
  };
  const twoYears: Citable = {
    ...undated,
    article: { ...undated.article, year: null, dateNote: "2020년 말 또는 2021년 초의 기사." },
  };

  test("the Korean line names the original and the day it was read, before the archive's address", () => {
    expect(koreanReference(read)).toContain(
      "2019. 10. 2. 원문 https://news.example/view/2019_10_02 (2024. 3. 5. 접속). https://press-archive.example/quotes/",
    );
  });
  test("BibTeX keeps the archive's url and notes the original with its access day", () => {
    expect(bibtex(read)).toContain("원문: https://news.example/view/2019\\_10\\_02 (2024-03-05 접속)");
    expect(bibtex(read)).toContain("url = {https://press-archive.example/quotes/");
  });
  test("CSL-JSON gives the original as source and the access day as accessed", () => {
    expect(cslJson(read)).toMatchObject({
      source: "https://news.example/view/2019_10_02",
      accessed: { "date-parts": [[2024, 3, 5]] },
    });
  });
  test.each([
    ["its folder's year", filed, 2021],
    ["the one year its date note names", noted, 2021],
  ])("an undated article is cited by %s", (_name, source, year) => {
    expect(koreanReference(source)).toContain(`『프레시안』, ${year}(일자 미상).`);
    expect(bibtex(source)).toContain(`  year = {${year}}`);
    expect(bibtex(source)).not.toContain("month =");
    expect(cslJson(source)).toMatchObject({ issued: { "date-parts": [[year]] } });
  });
  test("a date note naming two years gives no year", () => {
    expect(koreanReference(twoYears)).toContain("게재일 미상.");
    expect(bibtex(twoYears)).not.toContain("year =");
    expect(cslJson(twoYears)).not.toHaveProperty("issued");
  });
});
