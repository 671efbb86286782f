import { describe, expect, test } from "vitest";
import { outlineOf } from "../../src/lib/markdown/outline.ts";
import { parseBody } from "../../src/lib/markdown/parseBody.ts";
import { renderHtml } from "../../src/lib/markdown/renderHtml.ts";

function render(markdown: string, quotes: { id: string; text: string }[] = []): string {
  const { tree } = parseBody(markdown, 1);
  return renderHtml(tree, { outline: outlineOf(tree), quotes });
}

describe("raw HTML in Markdown is sanitised", () => {
  test.each([
    ["a script element", '<script>alert("x")</script>', /<script/u],
    ["an event handler", '<img src="x.png" alt="사진" onerror="alert(1)">', /onerror/u],
    ["a javascript: link in Markdown", "[링크](javascript:alert(1))", /javascript:/u],
    ["a javascript: link in HTML", '<a href="javascript:alert(2)">링크</a>', /javascript:/u],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/u],
    ["a style attribute", '<p style="position:fixed">글</p>', /style=/u],
  ])("%s is removed", (_name, markdown, forbidden) => {
    expect(render(`본문.\n\n${markdown}\n`)).not.toMatch(forbidden);
  });

  test("safe inline HTML and Korean emphasis survive", () => {
    const html = render("안전한 <strong>강조</strong>는 남는다.\n\n**“강조된 인용”**이라고 말했다.\n");
    expect(html).toContain("<strong>강조</strong>는");
    expect(html).toContain("<strong>“강조된 인용”</strong>이라고");
  });
});

test("headings get the outline's Hangul slugs as ids", () => {
  const html = render("## 1. 시 공공기관 분야\n\n문단.\n\n## 1. 시 공공기관 분야\n");
  expect(html).toContain('<h2 id="1-시-공공기관-분야">');
  expect(html).toContain('<h2 id="1-시-공공기관-분야-1">');
});

test.each([
  [
    "a plain quote",
    "이 시장은 “혁신이 답이다”고 말했다.",
    [{ id: "a--1", text: "혁신이 답이다" }],
    '“<q id="a--1" class="quote">혁신이 답이다</q>”고',
  ],
  [
    "two quotes in one paragraph",
    "그는 “첫째다”면서 “둘째다”고 말했다.",
    [
      { id: "a--1", text: "첫째다" },
      { id: "a--2", text: "둘째다" },
    ],
    '“<q id="a--1" class="quote">첫째다</q>”면서 “<q id="a--2" class="quote">둘째다</q>”고',
  ],
  [
    "a quote crossing an inline element gets an anchor where it starts",
    "그는 “혁신은 **지금** 필요하다”고 했다.",
    [{ id: "a--1", text: "혁신은 지금 필요하다" }],
    '“<span id="a--1" class="quote"></span>혁신은 <strong>',
  ],
])("quote anchors: %s", (_name, markdown, quotes, expected) => {
  expect(render(markdown, quotes)).toContain(expected);
});
