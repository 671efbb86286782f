// An unclosed quote ends where a quoting particle suggests: after a sentence-final ending (`…다고`)
// or a request (`…달라고`, `…가자고`), not at the paragraph's end. Invented sentences.
import { expect, test } from "vitest";
import { scanSpans } from "../../src/lib/quotes/scanSpans.ts";

const quoted = (text: string): string[] =>
  scanSpans(text).spans.map((span) => text.slice(span.textStart, span.textEnd));

test.each([
  ["이예시 시장은 “예산을 더 늘려 달라고 당부했다.", "예산을 더 늘려 달라"],
  ["이예시 시장은 “함께 열어가자고 말했다. 행사는 오후에 끝났다.", "함께 열어가자"],
  ["이예시 시장은 “당장 사퇴하라며 목소리를 높였다.", "당장 사퇴하라"],
  ["이예시 시장은 “시민과 함께 하자면서 자리를 떴다.", "시민과 함께 하자"],
  ["이예시 시장은 “예산을 늘리겠다고 말했다.", "예산을 늘리겠다"],
])("the unclosed quote in %j is %j", (text, words) => {
  expect(quoted(text)).toEqual([words]);
  expect(scanSpans(text).issues.map((issue) => issue.kind)).toEqual(["unclosed"]);
});

test("a request inside a closed quote changes nothing", () => {
  expect(quoted("이예시 시장은 “도와 달라고 했다”고 말했다.")).toEqual(["도와 달라고 했다"]);
});

test("with no quoting particle the unclosed quote still runs to the end of the paragraph", () => {
  expect(quoted("이예시 시장은 “예산을 늘려 달라")).toEqual(["예산을 늘려 달라"]);
});
