import { beforeAll, describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import {
  dateRangeProblem,
  dateRangeProblemKorean,
  dateRangeProblemText,
  placeDate,
  searchDateLabel,
} from "../../src/lib/search/dateRange.ts";
import { runSearch } from "../../src/lib/search/runSearch.ts";
import { memoryStore, type SearchStore } from "../../src/lib/search/store.ts";
import { contentWithUndated, UNDATED_ID } from "../support/undatedContent.ts";

const Y2021 = { from: "2021-01-01", to: "2021-12-31" };

describe("where a record's date falls against a range", () => {
  test.each([
    ["a day inside", "2021-01-04", Y2021, "in"],
    ["the first day (inclusive)", "2021-01-01", Y2021, "in"],
    ["the last day (inclusive)", "2021-12-31", Y2021, "in"],
    ["a day before", "2020-12-31", Y2021, "out"],
    ["a day after", "2022-01-01", Y2021, "out"],
    ["a year alone, inside", "2021", Y2021, "year"],
    ["a year alone, overlapping a range of months", "2021", { from: "2021-03-01", to: "2021-04-30" }, "year"],
    ["a year alone, overlapping a range across years", "2021", { from: "2020-06-01", to: "2022-06-01" }, "year"],
    ["a year alone, before", "2019", Y2021, "out"],
    ["a year alone, after an open-ended from", "2019", { from: "2021-01-01" }, "out"],
    ["a year alone, before an open-ended to", "2019", { to: "2021-01-01" }, "year"],
    ["no date at all", null, Y2021, "undated"],
    ["anything, without a range", null, {}, "in"],
  ] as const)("%s: %s in %j is %s", (_name, date, range, placement) => {
    expect(placeDate(date, range)).toBe(placement);
  });
});

describe("a range that cannot be searched is a problem naming the end and the form", () => {
  test.each([
    [{ from: "2024-13-01" }, "--from 2024-13-01: month 13 does not exist; write a real date as YYYY-MM-DD"],
    [{ to: "2021-02-30" }, "--to 2021-02-30: 2021-02 has no day 30; write a real date as YYYY-MM-DD"],
    [{ from: "2021" }, "--from 2021: write the date as YYYY-MM-DD, e.g. 2021-01-01"],
    [{ to: "21.3.4" }, "--to 21.3.4: write the date as YYYY-MM-DD"],
    [{ from: "2022-01-01", to: "2021-12-31" }, "--from 2022-01-01 is after --to 2021-12-31"],
  ])("%j", (range, text) => {
    const problem = dateRangeProblem(range);
    expect(problem).not.toBeNull();
    if (problem) expect(dateRangeProblemText(problem, range)).toContain(text);
  });

  test.each([
    [{}],
    [{ from: "2021-01-01" }],
    [Y2021],
    [{ from: "2021-05-05", to: "2021-05-05" }],
    [{ to: "2000-02-29" }],
  ])("%j is fine", (range) => expect(dateRangeProblem(range)).toBeNull());

  test.each([
    [{ from: "2024-13-01" }, "시작일 2024-13-01: 달력에 없는 날짜입니다"],
    [{ to: "어제" }, "종료일을 날짜로 읽을 수 없습니다(‘어제’)"],
    [{ from: "2022-01-01", to: "2021-12-31" }, "시작일(2022-01-01)이 종료일(2021-12-31)보다 늦습니다"],
  ])("in Korean for the page: %j", (range, text) => {
    const problem = dateRangeProblem(range);
    expect(problem && dateRangeProblemKorean(problem, range)).toContain(text);
  });
});

test.each([
  ["2021-01-04", 2021, "2021-01-04"],
  [null, 2021, "2021년 (월·일 미상)"],
  [null, null, "날짜 미상"],
])("a result dated %s (year %s) reads %s", (date, year, label) => {
  expect(searchDateLabel(date, year)).toBe(label);
});

describe("searching by date over the shipped archive and an undated article", () => {
  let store: SearchStore;
  beforeAll(() => {
    store = memoryStore(buildSiteSearch(loadArchive(contentWithUndated())));
  });

  test("청렴 in 2021 finds the 2021 article known only by its year (the bug: it found nothing)", async () => {
    const result = await runSearch(store, { q: "청렴", ...Y2021, limit: 100 });
    const dated = result.hits.filter((h) => h.doc.year !== null);
    expect(dated.length).toBeGreaterThan(5);
    expect(dated.every((h) => h.doc.year === 2021 && h.doc.date === null)).toBe(true);
    expect(dated.map((h) => h.doc.id)).toContain("2021-new-year-assembly");
  });

  test("records of unknown date are listed after every dated one and counted, not dropped", async () => {
    const result = await runSearch(store, { q: "청렴", ...Y2021, limit: 100 });
    expect(result.undated).toBe(1);
    expect(result.undatedMore).toBe(false);
    const last = result.hits.at(-1)?.doc;
    expect(last).toMatchObject({ id: UNDATED_ID, date: null, year: null });
    expect(result.hits.filter((h) => h.doc.year === null)).toHaveLength(1);
    expect(result.total).toBe(result.hits.length);
  });

  test("a page filled with dated results still counts the undated ones", async () => {
    const result = await runSearch(store, { q: "청렴", ...Y2021, limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.hits.every((h) => h.doc.year === 2021)).toBe(true);
    expect(result.undated).toBe(1);
  });

  test("a range outside a record's year leaves it out; undated records still show, counted", async () => {
    const result = await runSearch(store, { q: "청렴", from: "2019-01-01", to: "2019-12-31", limit: 100 });
    expect(result.hits.some((h) => h.doc.year === 2021)).toBe(false);
    expect(result.undated).toBe(1);
    const day = await runSearch(store, { q: "혁신", from: "2019-10-02", to: "2019-10-02", limit: 100 });
    expect(day.hits.length).toBeGreaterThan(0);
    expect(day.hits.every((h) => h.doc.date === "2019-10-02" || h.doc.year === null)).toBe(true);
  });

  test("without a range nothing is counted apart, and nothing is reordered by date", async () => {
    const result = await runSearch(store, { q: "청렴", limit: 100 });
    expect(result.undated).toBe(0);
    expect(result.hits.some((h) => h.doc.id === UNDATED_ID)).toBe(true);
  });

  test("over files fetched one by one (the browser), the undated count is the same", async () => {
    const remote: SearchStore = { ...store, local: false };
    const result = await runSearch(remote, { q: "청렴", ...Y2021 });
    expect(result.undated).toBe(1);
    expect(result.hits.length).toBeGreaterThan(0);
  });
});
