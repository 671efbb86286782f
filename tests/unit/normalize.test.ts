import { expect, test } from "vitest";
import { deepNfc, foldForMatching, isNotNfc, toNfc } from "../../src/lib/text/normalize.ts";

const nfd = "청렴행정".normalize("NFD");

test.each([
  ["decomposed Hangul", nfd, "청렴행정"],
  ["already NFC", "청렴행정", "청렴행정"],
])("toNfc: %s", (_name, input, expected) => {
  expect(toNfc(input)).toBe(expected);
  expect(isNotNfc(toNfc(input))).toBe(false);
});

test("isNotNfc spots decomposed Hangul", () => {
  expect(isNotNfc(nfd)).toBe(true);
});

test.each([
  ["U+2024 one dot leader", "경제\u2024산업"],
  ["U+00B7 middle dot", "경제\u00B7산업"],
  ["U+2027 hyphenation point", "경제\u2027산업"],
  ["U+318D Hangul arae-a", "경제\u318D산업"],
])("foldForMatching treats the %s as the one middle dot", (_name, input) => {
  expect(foldForMatching(input)).toBe("경제·산업");
});

test.each([
  ["curly double", "“혁신”", '"혁신"'],
  ["straight double", '"혁신"', '"혁신"'],
  ["curly single", "‘혁신’", "'혁신'"],
  ["runs of space", "  혁신   행정 ", "혁신 행정"],
])("foldForMatching folds %s", (_name, input, expected) => {
  expect(foldForMatching(input)).toBe(expected);
});

test("deepNfc normalises strings inside nested values and leaves others alone", () => {
  expect(deepNfc({ a: [nfd, 1, null], [nfd]: true })).toEqual({ a: ["청렴행정", 1, null], 청렴행정: true });
});
