import { describe, expect, test } from "vitest";
import { displayHtml } from "../../src/lib/site/html/displayHtml.ts";

const nowrap = (text: string) => `<span class="nowrap">${text}</span>`;

// What displayHtml does with markup the site does not write but a sanitised article might hold:
// the reading a single regular expression over the page gave, kept when it became a scanner.
describe("displayHtml at the edges of markup", () => {
  test.each([
    [
      "a dot right after a closing mark's particle stays out of its span",
      "<p>“말”고·나</p>",
      `<p>“말${nowrap("”고")}·나</p>`,
    ],
    ["a `<` that starts no tag is text", "a < b 가·나", `a < b ${nowrap("가·")}나`],
    ["a `<pre>` never closed is text", "<pre>가·나", `<pre>${nowrap("가·")}나`],
    ["a start tag never closed is text, its attribute too", '<pre title="가·나">', `<pre title="${nowrap("가·")}나">`],
    [
      "an attribute value never closed: the rest is text",
      '<a title="가·나>가·나',
      `<a title="${nowrap("가·")}나>${nowrap("가·")}나`,
    ],
    ["a comment never closed is text", "<!-- 가·나", `<!-- ${nowrap("가·")}나`],
    [
      "an end tag with space before `>` ends a script",
      "<script>”고</script >가·나",
      `<script>”고</script >${nowrap("가·")}나`,
    ],
    ["a style's end tag with a line break before `>`", "<style>가·나</style\n>", "<style>가·나</style\n>"],
    ["element names are matched as written (lower case)", "<SCRIPT>”고</SCRIPT>", `<SCRIPT>${nowrap("”고")}</SCRIPT>`],
    ["two dots: only the first has a letter before it", "가··나", `${nowrap("가·")}·나`],
    ["a dot at the start", "·가", "·가"],
    ["Latin letters and digits", "<p>A·1</p>", `<p>${nowrap("A·")}1</p>`],
    ["text after a textarea", "<textarea>’이</textarea>”이", `<textarea>’이</textarea>${nowrap("”이")}`],
    ["a title never closed: its text runs to the end", "<title>가\u2024나", "<title>가·나"],
    ["an option's text ends at the next tag", "<option>가\u2024나<b>·</b>", "<option>가·나<b>·</b>"],
    ["a closing mark before a non-Hangul letter", "<p>”a ”</p>", "<p>”a ”</p>"],
  ])("%s", (_case, markup, shown) => {
    expect(displayHtml(markup)).toBe(shown);
  });

  test("a long page with many marks is changed at each of them and nowhere else", () => {
    const item = '<li><a href="/q/">“행정·복지”라고</a> <span title="a·b">x</span></li>';
    const shown = `<li><a href="/q/">“행${nowrap("정·")}복지${nowrap("”라고")}</a> <span title="a·b">x</span></li>`;
    expect(displayHtml(`<ul>${item.repeat(2000)}</ul>`)).toBe(`<ul>${shown.repeat(2000)}</ul>`);
  });
});
