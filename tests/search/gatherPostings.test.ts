import { describe, expect, test } from "vitest";
import type { SearchDoc, SearchType } from "../../src/lib/search/documents.ts";
import { foldSearchText } from "../../src/lib/search/fold.ts";
import { gatherPostings } from "../../src/lib/search/gatherPostings.ts";
import { CHOSEONG_PREFIX, decodePostings, eachNgram, encodePostings } from "../../src/lib/search/grams.ts";
import { GramTable } from "../../src/lib/search/gramTable.ts";
import { toChoseong } from "../../src/lib/search/hangul.ts";
import { withoutDots } from "../../src/lib/search/squeeze.ts";

const doc = (type: SearchType, title: string, text: string): SearchDoc => ({
  id: `${type}-${title}-${text}`,
  type,
  title,
  text,
  speakers: [],
  speakerName: null,
  topics: [],
  date: null,
  year: null,
  url: "/",
});

/** The grams of a document as the index defines them: read from its whole folded text, with strings. */
function referencePostings(docs: readonly SearchDoc[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  docs.forEach((d, n) => {
    const post = (gram: string): void => {
      const list = postings.get(gram) ?? [];
      if (list[list.length - 1] !== n) list.push(n);
      postings.set(gram, list);
    };
    const title = d.type === "quote" ? "" : d.title;
    const folded = withoutDots(foldSearchText(`${title}\n${d.text}`));
    eachNgram(folded, 2, "", post);
    const short = toChoseong(d.type === "article" ? withoutDots(foldSearchText(title)) : folded);
    eachNgram(short, 2, CHOSEONG_PREFIX, post);
    eachNgram(short, 3, CHOSEONG_PREFIX, post);
  });
  return postings;
}

const sorted = (map: Map<string, number[]>): [string, number[]][] => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

describe("gatherPostings", () => {
  test("gives the grams of the reference definition, repeats and odd characters included", () => {
    const docs = [
      doc("quote", "기사 제목은 안 쓴다", "“청렴 행정”을 펼치겠다 청렴행정 청렴"),
      doc("quote", "", "경제\u2024산업 AI 광주시대 😀웃음 a😀b 😀😀"),
      doc("policy", "시립예술단·임대료 동결", "임대료 3% 인하\n2025년까지"),
      doc("article", "청렴행정 Ｔitle 𝐀𝐁", "본문은 초성에 안 들어간다\n두 번째 줄 청렴"),
      doc("article", "\uD800외톨이 서로게이트", "\uDC00끝 ab"),
      doc("quote", "", "청렴".normalize("NFD") + " 행정"),
    ];
    const gathered = gatherPostings(docs);
    const got = new Map([...gathered].map(([gram, { encoded }]) => [gram, decodePostings(encoded)]));
    expect(sorted(got)).toEqual(sorted(referencePostings(docs)));
    for (const [gram, { count }] of gathered) expect(count, gram).toBe(got.get(gram)?.length);
    // Spot checks that would fail if a kind of gram were dropped.
    expect(got.get("청렴")).toEqual([0, 3, 5]);
    expect(got.get(`${CHOSEONG_PREFIX}ㅊㄹㅎ`)).toEqual([0, 3]);
    expect(got.get(`${CHOSEONG_PREFIX}ㅂㅁ`)).toBeUndefined();
    expect(got.get("a😀")).toEqual([1]);
    expect(got.get(`${CHOSEONG_PREFIX}😀😀`)).toEqual([1]);
    expect(got.get("제산")).toEqual([1]);
  });
});

describe("GramTable", () => {
  test("keeps each key's documents once each, across growth, keys told apart by both halves", () => {
    const table = new GramTable(4);
    // Documents far apart too, so gaps take several base-36 digits and lists several blocks.
    const docs = Array.from({ length: 50 }, (_, i) => i * 997);
    for (const doc of docs) {
      for (let key = 0; key < 40; key += 1) {
        if ((doc + key) % 3 === 0) {
          table.add(-1, key, doc);
          table.add(-1, key, doc);
          table.add(key, -1, doc);
        }
      }
    }
    const seen = new Map<string, { count: number; encoded: string }>();
    table.forEach((high, low, count, encoded) => seen.set(`${high}/${low}`, { count, encoded }));
    expect(table.size).toBe(80);
    const expected = docs.filter((doc) => (doc + 7) % 3 === 0);
    for (const key of ["-1/7", "7/-1"]) {
      expect(seen.get(key)).toEqual({ count: expected.length, encoded: encodePostings(expected) });
    }
    expect(decodePostings(seen.get("-1/7")!.encoded)).toEqual(expected);
  });

  test("a first document 0 is written as 0", () => {
    const table = new GramTable();
    table.add(-1, 1, 0);
    table.add(-1, 1, 36);
    table.forEach((_high, _low, count, encoded) => expect([count, encoded]).toEqual([2, "0,10"]));
  });
});
