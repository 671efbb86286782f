import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import { runSearch, type SearchQuery } from "../../src/lib/search/runSearch.ts";
import { memoryStore, type SearchStore } from "../../src/lib/search/store.ts";

let store: SearchStore;
beforeAll(() => {
  store = memoryStore(buildSiteSearch(loadArchive(path.resolve("content"))));
});

const first = async (query: SearchQuery) => (await runSearch(store, query)).hits[0]?.doc;

describe("searching the shipped archive", () => {
  test.each([
    [
      "a phrase from a quote lists that quote first",
      "혁신의 성과는 시민들의 지지로부터",
      "quote",
      "혁신의 성과는 시민들의 지지로부터 나온다",
    ],
    ["another phrase", "연공서열의 조직문화를 바꾸겠다", "quote", "때가 되면 승진하는 연공서열의 조직문화를 바꾸겠다."],
    ["initial consonants find their term", "ㅊㄹㅎㅈ", "quote", "2021년 혁신 소통 청렴행정으로"],
    ["· finds text written with ․", "경제·산업", "article", "공공기관 혁신·광주형"],
    ["a particle does not block a match", "스마트공장은", "policy", "스마트공장에 대한 내년도"],
    ["one typo still finds the word", "스마트곰장", "policy", "스마트공장에 대한 내년도"],
    ["a half-typed last syllable still finds the word", "스마트공자", "policy", "스마트공장에 대한 내년도"],
    ["a compound typed without its middle dot finds it", "경제산업", "article", "공공기관 혁신·광주형"],
    ["a typo early in a word ending in an open syllable", "청롐문화", "policy", "시 재정사업 사전컨설팅제"],
    ["a two-letter word typed half way", "혁ㅅ", "quote", "혁신의 성과는 시민들의 지지로부터"],
  ])("%s (%s)", async (_name, q, type, start) => {
    const doc = await first({ q });
    expect(doc?.type).toBe(type);
    expect(doc?.text.startsWith(start)).toBe(true);
  });

  test.each([
    ["광주", "광주는"],
    ["광주", "광주의"],
  ])("%s finds %s", async (q, form) => {
    const result = await runSearch(store, { q, limit: 100 });
    expect(result.hits.some((h) => h.doc.text.includes(form))).toBe(true);
  });

  test("filters by type, speaker, topic and dates", async () => {
    const all = await runSearch(store, { q: "혁신", limit: 200 });
    const quotes = await runSearch(store, { q: "혁신", types: ["quote"], limit: 200 });
    expect(quotes.hits.length).toBeGreaterThan(0);
    expect(quotes.hits.every((h) => h.doc.type === "quote")).toBe(true);
    expect(all.total).toBeGreaterThan(quotes.total);
    const dated = await runSearch(store, { q: "혁신", from: "2019-10-01", to: "2019-10-31", limit: 200 });
    expect(dated.hits.length).toBeGreaterThan(0);
    expect(dated.hits.every((h) => h.doc.date?.startsWith("2019-10"))).toBe(true);
    const topic = await runSearch(store, { q: "혁신", topic: "covid-19", limit: 200 });
    expect(topic.hits.every((h) => h.doc.topics.includes("covid-19"))).toBe(true);
    const speaker = await runSearch(store, { q: "혁신", speaker: "lee-yong-seop", types: ["quote"], limit: 200 });
    expect(speaker.total).toBe(quotes.total);
    const nobody = await runSearch(store, { q: "혁신", speaker: "nobody" });
    expect(nobody.total).toBe(0);
  });

  test("one character is too short; markup is just text that matches nothing", async () => {
    expect((await runSearch(store, { q: "혁" })).notice).toBe("too-short");
    expect((await runSearch(store, { q: '<img src=x onerror="alert(1)">' })).total).toBe(0);
    expect((await runSearch(store, { q: "   " })).total).toBe(0);
  });

  test.each([
    ["경제·산업", "경제\u2024산업"],
    ["경제산업", "경제\u2024산업"],
  ])("highlight ranges of %s point at %s in the original text", async (q, marked) => {
    const hit = (await runSearch(store, { q, types: ["article"] })).hits[0];
    const [from, to] = hit?.textRanges[0] ?? [0, 0];
    expect(hit?.doc.text.slice(from, to)).toBe(marked);
  });
});

test("a small limit loads a first batch and says there is more", async () => {
  const all = await runSearch(store, { q: "혁신", limit: 200 });
  const some = await runSearch(store, { q: "혁신", limit: 3 });
  expect(some.hits).toHaveLength(3);
  expect(some.total).toBeGreaterThanOrEqual(3);
  expect(some.more || some.total > some.hits.length).toBe(true);
  expect(all.total).toBeGreaterThan(3);
});
