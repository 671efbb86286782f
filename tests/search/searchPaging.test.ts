import { beforeAll, describe, expect, test } from "vitest";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { orderCollections } from "../../src/lib/archive/order.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import { runSearch } from "../../src/lib/search/runSearch.ts";
import { memoryStore, type SearchStore } from "../../src/lib/search/store.ts";
import type { Quote } from "../../src/lib/schemas/quote.ts";
import { buildSiteIndex } from "../../src/lib/site/siteIndex.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";

// A generated archive big enough that a search checks its candidates a round of files at a time,
// read as the browser reads it (each file a request, so a search loads only a few per round).
let store: SearchStore;
let quotes: Quote[];

beforeAll(() => {
  const synthetic = generateArchive({ count: 400, seed: 11 });
  const archive = buildArchive({
    speakers: { path: "speakers.yaml", text: synthetic.speakersYaml },
    topics: { path: "topics.yaml", text: synthetic.topicsYaml },
    articles: synthetic.articles,
  });
  const site = buildSiteIndex(orderCollections(archive));
  quotes = site.quotes;
  store = { ...memoryStore(buildSiteSearch(site)), local: false };
});

/** The `n`th quote with a middle dot between two words, and those words written without it. */
function dottedCompound(n: number): { quote: Quote; q: string } {
  const dotted = quotes.filter((q) => /[가-힣]{2,}[·․‧ㆍ][가-힣]{2,}/u.test(q.text));
  const quote = dotted[n % dotted.length];
  if (!quote) throw new Error("the generated archive has no dotted compound");
  const compound = /([가-힣]{2,})[·․‧ㆍ]([가-힣]{2,})/u.exec(quote.text);
  return { quote, q: `${compound?.[1] ?? ""}${compound?.[2] ?? ""}` };
}

/** Three words from the middle of the `n`th quote of at least six words. */
function phrase(n: number): { quote: Quote; q: string } {
  const long = quotes.filter((q) => q.text.split(/\s+/u).length >= 6);
  const quote = long[(n * 37) % long.length];
  if (!quote) throw new Error("the generated archive has no long quote");
  const words = quote.text.replace(/[.,!?…“”"'‘’]/gu, "").split(/\s+/u);
  return { quote, q: words.slice(2, 5).join(" ") };
}

describe("a search of a larger archive", () => {
  test.each([0, 1, 2, 3, 4])("the phrase of quote #%i finds that quote", async (n) => {
    const { quote, q } = phrase(n);
    const result = await runSearch(store, { q, limit: 400 });
    expect(result.hits.map((h) => h.doc.id)).toContain(quote.id);
  });

  test.each([0, 1, 2])("dotted compound #%i typed without its dot finds its quote", async (n) => {
    const { quote, q } = dottedCompound(n);
    const result = await runSearch(store, { q, limit: 400 });
    expect(result.hits.map((h) => h.doc.id)).toContain(quote.id);
  });

  test.each(["복지", "청년", "ㅊㄴ", "시민의"])("asking for more pages of %s never shows fewer hits", async (q) => {
    const counts: number[] = [];
    for (const limit of [20, 40, 80, 400]) counts.push((await runSearch(store, { q, limit })).hits.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBeGreaterThan(40);
    const first = await runSearch(store, { q, limit: 20 });
    expect(first.more || first.total === first.hits.length).toBe(true);
  });
});
