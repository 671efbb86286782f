import { describe, expect, test } from "vitest";
import { displayText } from "../../src/lib/site/format.ts";
import { displayHtml } from "../../src/lib/site/html/displayHtml.ts";
import { createRng } from "../../tools/synthetic/random.ts";

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

/** The reading displayHtml gave as one regular expression over the page, kept as the reference. */
function onePass(markup: string): string {
  const tokens =
    /<(script|style|pre|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|(<(?:title|option)\b[^>]*>)([^<]*)|(?:<!--[\s\S]*?-->|<(?!(?:script|style|pre|textarea|title|option)\b)[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>|[^<\u00B7\u2024\u201D\u2019\u300D\u300F]+)+|[\u201D\u2019\u300D\u300F][\uAC00-\uD7A3]+|[\u00B7\u2024]/g;
  const parts: string[] = [];
  let end = 0;
  for (const match of markup.matchAll(tokens)) {
    const [token, , textOnlyOpen, textOnly] = match;
    if (match.index > end) parts.push(markup.slice(end, match.index));
    end = match.index + token.length;
    if (textOnlyOpen !== undefined) parts.push(textOnlyOpen + displayText(textOnly ?? ""));
    else if ("\u201D\u2019\u300D\u300F".includes(token.charAt(0))) parts.push(nowrap(token));
    else if ("\u00B7\u2024".includes(token)) {
      const last = parts[parts.length - 1] ?? "";
      const before = last.charAt(last.length - 1);
      if (/[\uAC00-\uD7A3A-Za-z0-9]/u.test(before)) {
        parts[parts.length - 1] = last.slice(0, -1);
        parts.push(nowrap(before + displayText(token)));
      } else parts.push(displayText(token));
    } else parts.push(token);
  }
  parts.push(markup.slice(end));
  return parts.join("");
}

test("displayHtml reads any markup, well formed or not, as the one-pass reference does", () => {
  const rng = createRng(11, "display markup");
  const pieces = [
    "<",
    ">",
    '"',
    "'",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "</script >",
    "<pre",
    "</pre>",
    "<title",
    "</title>",
    "<option>",
    "<style>",
    "</style\n>",
    "<textarea",
    "<scripts>",
    "<SCRIPT>",
    "<a ",
    "<p>",
    "</p>",
    " ",
    "가",
    "나",
    "a",
    "9",
    "_",
    "·",
    "\u2024",
    "”",
    "’",
    "」",
    "』",
    "“",
    "=",
    "\n",
    "\uD800",
    "😀",
    "<!-->",
    "<pre가>",
    'x="·"',
  ];
  for (let n = 0; n < 20_000; n++) {
    const markup = Array.from({ length: rng.int(1, 16) }, () => rng.pick(pieces)).join("");
    expect(displayHtml(markup), markup).toBe(onePass(markup));
  }
});
