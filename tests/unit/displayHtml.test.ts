import { describe, expect, test } from "vitest";
import { displayText } from "../../src/lib/site/format.ts";
import { displayHtml } from "../../src/lib/site/html/displayHtml.ts";

describe("displayText: text as readers see it", () => {
  test.each([
    ["경제\u2024산업", "경제·산업"],
    ["권고\u2024제안, 투명\u2024공정성", "권고·제안, 투명·공정성"],
    ["경제·산업 ‧ ㆍ", "경제·산업 ‧ ㆍ"],
    ["점 없는 글", "점 없는 글"],
  ])("%s → %s (one character for one)", (source, shown) => {
    expect(displayText(source)).toBe(shown);
    expect(displayText(source)).toHaveLength(source.length);
  });
});

const nowrap = (text: string) => `<span class="nowrap">${text}</span>`;

describe("displayHtml: a page's markup as readers see it", () => {
  test.each([
    [
      "a one-dot leader in text, kept with the letter before it",
      "<p>경제\u2024산업</p>",
      `<p>경${nowrap("제·")}산업</p>`,
    ],
    [
      "a middle dot, kept with the letter before it",
      "<p>행정·복지·AI</p>",
      `<p>행${nowrap("정·")}복${nowrap("지·")}AI</p>`,
    ],
    ["a dot after a space: folded, nothing to keep", "<p>가 \u2024 나 · 다</p>", "<p>가 · 나 · 다</p>"],
    [
      "a closing mark and its particle",
      '<p>“<q id="a">해 달라</q>”고 말했다</p>',
      `<p>“<q id="a">해 달라</q>${nowrap("”고")} 말했다</p>`,
    ],
    ["a longer particle", "<p>“가자”라고 했다</p>", `<p>“가자${nowrap("”라고")} 했다</p>`],
    ["a single closing mark", "<p>정신은 ‘혁신’이다.</p>", `<p>정신은 ‘혁신${nowrap("’이다")}.</p>`],
    [
      "marks in a context <mark>",
      "<p>“<mark>말</mark>”며 웃었다</p>",
      `<p>“<mark>말</mark>${nowrap("”며")} 웃었다</p>`,
    ],
    ["a closing mark before a space or the end", "<p>“말” 그리고 “끝”</p>", "<p>“말” 그리고 “끝”</p>"],
    ["a straight mark (the line breaker keeps it)", '<p>"말"고</p>', '<p>"말"고</p>'],
    [
      "an attribute value",
      '<meta content="경제\u2024산업 ”고 a > b ”며">',
      '<meta content="경제\u2024산업 ”고 a > b ”며">',
    ],
    ["a single-quoted attribute", "<a title='”고'>말</a>", "<a title='”고'>말</a>"],
    [
      "JSON-LD",
      '<script type="application/ld+json">{"name":"경제\u2024산업 ”고"}</script>',
      '<script type="application/ld+json">{"name":"경제\u2024산업 ”고"}</script>',
    ],
    ["a citation to copy", "<pre>title = {경제\u2024산업}”고</pre>", "<pre>title = {경제\u2024산업}”고</pre>"],
    [
      "a text-only element: dots folded, nothing wrapped",
      "<title>경제\u2024산업 ‘말’이다</title>",
      "<title>경제·산업 ‘말’이다</title>",
    ],
    ["a link's text", '<a href="/a/">문화\u2024예술</a>', `<a href="/a/">문${nowrap("화·")}예술</a>`],
    ["an option", '<option value="x">문화\u2024예술 ’과</option>', '<option value="x">문화·예술 ’과</option>'],
    ["a comment", "<!-- ”고 -->", "<!-- ”고 -->"],
    ["nothing to do", "<p>그냥 글</p>", "<p>그냥 글</p>"],
  ])("%s", (_case, markup, shown) => {
    expect(displayHtml(markup)).toBe(shown);
  });

  test("copying the text gives the source's characters but the folded dot: no invisible character is added", () => {
    const shown = displayHtml("<p>“<q>투명\u2024공정하게 해 달라</q>”고 말했다</p>");
    const text = shown.replace(/<[^>]*>/g, "");
    expect(text).toBe("“투명·공정하게 해 달라”고 말했다");
    expect(text).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/u);
  });
});
