import { describe, expect, test } from "vitest";
import { headlineMatch } from "../../src/lib/trace/headlineMatch.ts";
import { joinedKey, quoteSentences, quoteWords, sentenceKeys } from "../../src/lib/trace/quoteWords.ts";
import { wordDiff } from "../../src/lib/trace/wordDiff.ts";

describe("quoteWords", () => {
  test("middle dots, slashes, ellipses and quote marks separate words; particles leave the key", () => {
    const words = quoteWords("‘복지ㆍ교육/문화’는… 시민의 것이다...");
    expect(words.map((w) => w.text)).toEqual(["복지", "교육", "문화", "는", "시민의", "것이다"]);
    expect(words.map((w) => w.key)).toEqual(["복지", "교육", "문화", "는", "시민", "것이다"]);
  });

  test("spacing does not change the joined key; digit groups stay one word", () => {
    expect(joinedKey(quoteWords("청렴 행정으로"))).toBe(joinedKey(quoteWords("청렴행정으로")));
    expect(quoteWords("예산을 1,929억원으로 늘리겠다").map((w) => w.key)).toEqual(["예산", "1929억원", "늘리겠다"]);
  });

  test("decomposed Hangul is compared as NFC", () => {
    const decomposed = "청렴행정".normalize("NFD");
    expect(quoteWords(decomposed)[0]?.key).toBe("청렴행정");
  });

  test("sentences break after a full stop and a space, not inside an ellipsis", () => {
    const text = "첫 문장이다. 둘째는... 이어진다. 셋째";
    expect(quoteSentences(text).map((s) => s.text)).toEqual(["첫 문장이다.", "둘째는... 이어진다.", "셋째"]);
    for (const s of quoteSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("sentenceKeys", () => {
  /** The keys of each sentence as quoteWords and quoteSentences give them. */
  const expected = (text: string): string[][] => {
    const words = quoteWords(text);
    return quoteSentences(text)
      .map((sentence) => words.filter((w) => w.start >= sentence.start && w.start < sentence.end).map((w) => w.key))
      .filter((keys) => keys.length > 0);
  };
  /** The keys of each sentence as sentenceKeys gives them, cut at its key ends. */
  const actual = (text: string): string[][] =>
    sentenceKeys(text).map(({ joined, keyEnds }) => keyEnds.map((end, i) => joined.slice(keyEnds[i - 1] ?? 0, end)));

  test.each([
    "‘복지ㆍ교육/문화’는… 시민의 것이다... 그렇지 않나? 네!  다음은 AI·ICT 차례다",
    "예산을 1,929억원에서 3.5% 늘린 2,100억원으로 하겠다. 끝.",
    "Ⅻ장과 ①번, 𝐀𝐁 글자\t그리고 탭.\n새 줄",
    "청렴행정".normalize("NFD") + "으로 가자. 점... 점.. 끝",
  ])("the same words and sentences as quoteWords and quoteSentences: %s", (text) => {
    expect(actual(text)).toEqual(expected(text));
  });

  test("the written form keeps particles, folded, without spacing", () => {
    const [first] = sentenceKeys("직급체계와 클라우드는따로 갈 수 없는 AI 문제다", true);
    expect(first?.joined).toBe("직급체계클라우드는따갈수없는ai문제다");
    expect(first?.written).toBe("직급체계와클라우드는따로갈수없는ai문제다");
    expect(sentenceKeys("하나 둘 셋")[0]?.written).toBeUndefined();
  });
});

describe("wordDiff", () => {
  test("marks words only on one side and keeps the rest as same", () => {
    const a = "시민 모두가 함께 안전한 도시를 만들자";
    const b = "시민 모두가 안전한 녹색 도시를 만들자";
    expect(wordDiff(quoteWords(a), quoteWords(b), { this: a, other: b })).toEqual([
      { kind: "same", text: "시민 모두가" },
      { kind: "this", text: "함께" },
      { kind: "same", text: "안전한" },
      { kind: "other", text: "녹색" },
      { kind: "same", text: "도시를 만들자" },
    ]);
  });

  test("a spacing difference is not a difference", () => {
    const parts = wordDiff(quoteWords("청렴 행정을 펼치자"), quoteWords("청렴행정을 펼치자"));
    expect(parts.map((p) => p.kind)).toEqual(["same"]);
  });

  test("a same part says how the other wording writes it, only when written otherwise", () => {
    const a = "2021년 청렴행정 시대를 열자";
    const b = "2021년은 청렴 행정으로 시대를 열자";
    expect(wordDiff(quoteWords(a), quoteWords(b), { this: a, other: b })).toEqual([
      { kind: "same", text: "2021년 청렴행정 시대를 열자", otherText: "2021년은 청렴 행정으로 시대를 열자" },
    ]);
    const c = "시민과 함께 가겠다";
    expect(wordDiff(quoteWords(c), quoteWords(`${c}. 끝까지`), { this: c, other: `${c}. 끝까지` })).toEqual([
      { kind: "same", text: c },
      { kind: "other", text: "끝까지" },
    ]);
  });
});

const REAL_BODY =
  "2년 6개월 동안 어려운 여건에서도 참으로 많은 성과를 창출했다. 2021년은 혁신행정 소통행정 청렴행정으로 AI 광주시대를 열어가자";

describe("headlineMatch", () => {
  test("the 2021 headline is reworded, matched to the second sentence", () => {
    const result = headlineMatch({ text: "2021년 혁신 소통 청렴행정으로 AI 광주시대를 열어가자" }, [
      { id: "seed--a", text: "직원 여러분께 고마운 마음을 전한다" },
      { id: "seed--b", text: REAL_BODY },
    ]);
    expect(result.class).toBe("reworded");
    expect(result.bodyQuote).toBe("seed--b");
    expect(result.bodyText).toBe("2021년은 혁신행정 소통행정 청렴행정으로 AI 광주시대를 열어가자");
    expect(REAL_BODY.slice(result.bodySpan?.start, result.bodySpan?.end)).toBe(result.bodyText);
    expect(result.diff).toEqual([
      { kind: "same", text: "2021년", otherText: "2021년은" },
      { kind: "this", text: "혁신 소통" },
      { kind: "other", text: "혁신행정 소통행정" },
      { kind: "same", text: "청렴행정으로 AI 광주시대를 열어가자" },
    ]);
  });

  test("verbatim despite spacing, middle dots, an ellipsis and a changed particle", () => {
    const result = headlineMatch({ text: "안전ㆍ복지 도시를 … 함께 만들겠다" }, [
      { id: "x--1", text: "올해도 쉬지 않겠다. 안전, 복지도시는 함께 만들겠다." },
    ]);
    expect(result.class).toBe("verbatim");
    expect(result.bodyText).toBe("안전, 복지도시는 함께 만들겠다.");
    expect(result.diff.every((p) => p.kind === "same")).toBe(true);
  });

  test("shortened: every headline word in one body quote, in order", () => {
    const result = headlineMatch({ text: "청년 일자리 예산을 늘리겠다" }, [
      { id: "x--1", text: "내년에는 청년과 어르신 일자리 예산을 두 배로 늘리겠다" },
    ]);
    expect(result.class).toBe("shortened");
    expect(result.diff.filter((p) => p.kind === "this")).toEqual([]);
    expect(result.diff.filter((p) => p.kind === "other").map((p) => p.text)).toEqual(["내년에는", "어르신", "두 배로"]);
  });

  test("words out of order are not shortened", () => {
    const result = headlineMatch({ text: "예산을 늘려 청년 일자리" }, [
      { id: "x--1", text: "내년에는 청년 일자리 예산을 두 배로 늘리겠다" },
    ]);
    expect(result.class).not.toBe("shortened");
  });

  test("absent: only the place and a common word are shared", () => {
    const result = headlineMatch({ text: "광주 시민의 삶을 바꾸는 교통혁신 이루겠다" }, [
      { id: "x--1", text: "광주 시민께 감사드린다. 여름철 폭우 대비에 만전을 기해 달라" },
    ]);
    expect(result).toEqual({ class: "absent", bodyQuote: null, bodyText: null, bodySpan: null, diff: [] });
  });

  test("of several body quotes the closest is picked", () => {
    const quotes = [
      { id: "x--1", text: "문화 예산을 늘리고 공연장을 새로 짓겠다" },
      { id: "x--2", text: "문화도시 광주의 공연장 예산을 크게 늘리겠다" },
      { id: "x--3", text: "공연장 안전 점검을 서둘러 달라" },
    ];
    const result = headlineMatch({ text: "문화도시 공연장 예산 늘린다" }, quotes);
    expect(result.class).toBe("reworded");
    expect(result.bodyQuote).toBe("x--2");
  });

  test("a noun for the body's 하다/되다 verb is the same word: shortened, the body's wording kept", () => {
    const result = headlineMatch({ text: "노선 전면 개편" }, [
      { id: "x--1", text: "시내버스 노선을 내년까지 전면 개편하겠다" },
    ]);
    expect(result.class).toBe("shortened");
    expect(result.diff).toContainEqual({ kind: "same", text: "전면 개편", otherText: "전면 개편하겠다" });
    for (const body of ["노선을 전면 개편했다", "노선이 전면 개편됐다", "노선을 전면 개편한다"])
      expect(headlineMatch({ text: "노선 전면 개편" }, [{ id: "x--1", text: body }]).class).toBe("shortened");
  });

  test("a headline word that only begins a longer noun still differs", () => {
    const result = headlineMatch({ text: "혁신 소통 행정을 펼치자" }, [
      { id: "x--1", text: "올해는 혁신행정 소통행정을 펼치자" },
    ]);
    expect(result.class).toBe("reworded");
  });

  test("spacing: 두배로 is 두 배로, both ways, verbatim when nothing else differs", () => {
    expect(
      headlineMatch({ text: "예산을 두배로 늘리겠다" }, [{ id: "x--1", text: "예산을 두 배로 늘리겠다" }]).class,
    ).toBe("verbatim");
    const result = headlineMatch({ text: "청년 예산 두 배로" }, [
      { id: "x--1", text: "내년에는 청년 일자리 예산을 두배로 늘리겠다" },
    ]);
    expect(result.class).toBe("shortened");
    expect(result.diff).toContainEqual({ kind: "same", text: "예산 두 배로", otherText: "예산을 두배로" });
  });

  test("a headline with no words is absent", () => {
    expect(headlineMatch({ text: "…" }, [{ id: "x--1", text: "무엇이든" }]).class).toBe("absent");
  });
});
