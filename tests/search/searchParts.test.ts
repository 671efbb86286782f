import { describe, expect, test } from "vitest";
import { foldSearchText } from "../../src/lib/search/fold.ts";
import {
  bigramOfCode,
  bigrams,
  decodePostings,
  eachBigram,
  eachNgram,
  encodePostings,
  ngrams,
  postingsArray,
} from "../../src/lib/search/grams.ts";
import { completions, isChoseongQuery, toChoseong } from "../../src/lib/search/hangul.ts";
import { highlightPieces } from "../../src/lib/search/highlight.ts";
import { matchWord, queryWord } from "../../src/lib/search/match.ts";
import { stripParticle } from "../../src/lib/search/particles.ts";
import { parseSearchParams, searchParamsOf } from "../../src/lib/search/queryString.ts";
import { squeeze, unsqueezeRanges, withoutDots } from "../../src/lib/search/squeeze.ts";

describe("folding keeps one character for one", () => {
  test.each([
    ["경제\u2024산업", "경제·산업"],
    ["경제\u2027산업", "경제·산업"],
    ["경제\u318D산업", "경제·산업"],
    ["“혁신”과 ‘소통’", '"혁신"과 "소통"'],
    ["AI 광주", "ai 광주"],
    ["청렴행정".normalize("NFD"), "청렴행정"],
  ])("%s → %s", (input, output) => {
    expect(foldSearchText(input)).toBe(output);
  });
});

describe("Hangul helpers", () => {
  test.each([
    ["청렴행정", "ㅊㄹㅎㅈ"],
    ["AI 광주시대", "AI ㄱㅈㅅㄷ"],
  ])("toChoseong(%s) = %s", (input, output) => {
    expect(toChoseong(input)).toBe(output);
  });

  test.each([
    ["ㅊㄹㅎㅈ", true],
    ["ㅊ ㄹ", true],
    ["ㅊ", false],
    ["청ㄹ", false],
  ])("isChoseongQuery(%s) = %s", (input, output) => {
    expect(isChoseongQuery(input)).toBe(output);
  });

  test.each([
    ["ㅈ", ["자", "짛"]],
    ["저", ["저", "젛"]],
    ["정", null],
    ["A", null],
  ])("completions(%s)", (input, output) => {
    expect(completions(input)).toEqual(output);
  });
});

test.each([
  ["광주는", "광주"],
  ["광주의", "광주"],
  ["광주에서는", "광주"],
  ["시민들로부터", "시민들로"],
  ["이가", "이가"],
  ["청렴행정", "청렴행정"],
])("stripParticle(%s) = %s", (input, output) => {
  expect(stripParticle(input)).toBe(output);
});

describe("matchWord", () => {
  const text = foldSearchText("청렴이 뒷받침되지 않는 혁신과 소통은 청렴행정의 기본이다");
  test.each([
    ["exact", "청렴행정", [[21, 25]]],
    ["half-typed last syllable (저 → 정)", "청렴행저", [[21, 25]]],
    ["half-typed lone consonant (ㅈ → 정)", "청렴행ㅈ", [[21, 25]]],
    ["one substituted letter", "청련행정", [[21, 25]]],
    [
      "one missing letter (also one letter off 청렴이)",
      "청렴정",
      [
        [0, 3],
        [21, 25],
      ],
    ],
    ["a three-letter word with a typo", "청련행", []],
    ["two wrong letters", "청련헹정", []],
  ])("%s: %s", (_name, word, ranges) => {
    expect(matchWord(text, queryWord(word))).toEqual(ranges);
  });
});

test.each([[[]], [[0]], [[3, 4, 40, 1000, 1001]], [[35, 36, 1295, 1296, 46655, 46656, 70000]]])(
  "postings round-trip %j",
  (numbers) => {
    expect(decodePostings(encodePostings(numbers))).toEqual(numbers);
    expect([...postingsArray(encodePostings(numbers))]).toEqual(numbers);
  },
);

describe("middle dots are optional: squeezed out, ranges mapped back", () => {
  test.each([
    ["경제·산업 혁신", "경제산업", [[0, 5]]],
    ["시립예술단·임대료", "예술단임대", [[2, 8]]],
    ["경제·산업·문화", "산업문화", [[3, 8]]],
    ["청렴행정", "렴행", [[1, 3]]],
  ])("%s: %s at %j", (text, word, ranges) => {
    const squeezed = squeeze(foldSearchText(text));
    expect(unsqueezeRanges(squeezed, matchWord(squeezed.text, queryWord(withoutDots(word))))).toEqual(ranges);
  });
});

test("bigrams skip white space", () => {
  expect([...bigrams("청렴 행정")]).toEqual(["청렴", "행정"]);
});

test("query strings round-trip; an unknown type is dropped, a bad date kept for the page to report", () => {
  const query = parseSearchParams(
    new URLSearchParams("q=청렴&type=quote&speaker=lee-yong-seop&from=2019-01-01&to=bad&type2=x"),
  );
  expect(query).toEqual({
    q: "청렴",
    types: ["quote"],
    speaker: "lee-yong-seop",
    topic: undefined,
    from: "2019-01-01",
    to: "bad",
  });
  expect(searchParamsOf(query).toString()).toBe(
    "q=%EC%B2%AD%EB%A0%B4&type=quote&speaker=lee-yong-seop&from=2019-01-01&to=bad",
  );
  expect(parseSearchParams(new URLSearchParams("type=<script>")).types).toEqual([]);
  expect(parseSearchParams(new URLSearchParams("q=a&from=&to=")).from).toBeUndefined();
});

test("highlight pieces mark the ranges and cut long text around the first match", () => {
  expect(highlightPieces("청렴이 답이다", [[0, 2]])).toEqual([
    { text: "청렴", marked: true },
    { text: "이 답이다", marked: false },
  ]);
  const long = `${"가".repeat(300)}청렴${"나".repeat(300)}`;
  const pieces = highlightPieces(long, [[300, 302]], 10);
  expect(pieces.map((p) => p.text)).toEqual(["…", "가".repeat(10), "청렴", "나".repeat(10), "…"]);
});

describe("n-grams", () => {
  /** The plain definition the index's fast version must agree with. */
  function reference(folded: string, size: number, prefix = ""): string[] {
    const grams = new Set<string>();
    const chars = [...folded];
    let run = 0;
    for (let i = 0; i < chars.length; i += 1) {
      run = /\s/u.test(chars[i] ?? " ") ? 0 : run + 1;
      if (run >= size) grams.add(`${prefix}${chars.slice(i - size + 1, i + 1).join("")}`);
    }
    return [...grams];
  }
  // Hangul, Latin, every white space `\s` knows, a surrogate pair (𝄞) and lone surrogates.
  const alphabet = [
    ...'가각청렴행정ㄱㅊ·ab1"',
    " ",
    "\t",
    "\n",
    "\u00a0",
    "\u1680",
    "\u2005",
    "\u2028",
    "\u202f",
    "\u3000",
    "\ufeff",
    "𝄞",
    "\ud800",
    "\udc00",
  ];

  test("agree with the plain definition on random text", () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: next(14) }, () => alphabet[next(alphabet.length)]).join("");
      for (const size of [1, 2, 3]) expect([...ngrams(text, size, "^")]).toEqual(reference(text, size, "^"));
    }
  });

  test("bigrams by code give eachNgram's bigrams, in order, repeats included", () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let coded = 0;
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: next(14) }, () => alphabet[next(alphabet.length)]).join("");
      const expected: string[] = [];
      eachNgram(text, 2, "", (gram) => expected.push(gram));
      const got: string[] = [];
      eachBigram(
        text,
        (code) => {
          coded += 1;
          got.push(bigramOfCode(code));
        },
        (gram) => got.push(gram),
      );
      expect(got, JSON.stringify(text)).toEqual(expected);
    }
    expect(coded).toBeGreaterThan(1000);
  });

  test("trigrams of Hangul, across a surrogate pair, never across space", () => {
    expect([...ngrams("ㅊㄹ𝄞ㅎ ㅈㅈ", 3)]).toEqual(["ㅊㄹ𝄞", "ㄹ𝄞ㅎ"]);
  });
});
