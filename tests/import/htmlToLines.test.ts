import { expect, test } from "vitest";
import { htmlToLines } from "../../src/lib/import/htmlToLines.ts";

const page = (body: string, head = ""): string =>
  `<!DOCTYPE html>\n<html><head>${head}</head>\n<body>\n${body}\n</body></html>`;
const texts = (html: string): string[] =>
  htmlToLines(html).lines.map((l) => (l.hint ? `${l.hint}: ${l.text}` : l.text));

test.each([
  ["paragraphs are parted by a blank line", "<p>첫째 문단.</p><p>둘째 문단.</p>", ["첫째 문단.", "", "둘째 문단."]],
  [
    "list items are lines of one block",
    "<ul><li>노현서 기자</li>\n<li>승인 2019.10.02 18:24</li></ul>",
    ["노현서 기자", "승인 2019.10.02 18:24"],
  ],
  ["a line break splits a paragraph", "<p>한 줄<br>두 줄</p>", ["한 줄", "두 줄"]],
  ["white space collapses and no-break spaces trim", "<p>  띄어   쓰기&nbsp;</p>", ["띄어 쓰기"]],
  ["the first heading is the headline", "<h1>제목</h1><h2>부제</h2>", ["headline: 제목", "", "heading: 부제"]],
  [
    "a figure caption is marked",
    "<figure><img alt=사진><figcaption>보고회 모습 ⓒ예시시 제공</figcaption></figure>",
    ["caption: 보고회 모습 ⓒ예시시 제공"],
  ],
  ["text beside blocks is kept in order", "<div>앞 글<p>문단.</p>뒤 글</div>", ["앞 글", "", "문단.", "", "뒤 글"]],
  ["decomposed Hangul becomes NFC", "<p>\u1100\u1161</p>", ["가"]],
])("%s", (_name, body, expected) => {
  expect(texts(page(body))).toEqual(expected);
});

test.each([
  ["script", "<script>track();</script><p>본문.</p>", "<script>", "<script> element"],
  ["nav", "<nav><a>정치</a> <a>경제</a></nav><p>본문.</p>", "정치 경제", "<nav> element (navigation)"],
  [
    "footer",
    "<footer>예시일보 | 대표전화</footer><p>본문.</p>",
    "예시일보 | 대표전화",
    "<footer> element (page footer)",
  ],
  [
    "aside",
    "<aside><h3>많이 본 뉴스</h3></aside><p>본문.</p>",
    "많이 본 뉴스",
    "<aside> element (sidebar: related articles, rankings, ads)",
  ],
  ["button", "<p>본문.</p><button>본문 글씨 크게</button>", "본문 글씨 크게", "<button> element (page control)"],
])("a <%s> element is dropped and reported with its line", (_tag, body, text, reason) => {
  const result = htmlToLines(page(body));
  expect(result.lines.map((l) => l.text)).toEqual(["본문."]);
  expect(result.dropped).toEqual([{ line: 4, text, reason }]);
});

test.each([
  ['<link rel="canonical" href="https://news.example.kr/a/1">', "https://news.example.kr/a/1"],
  ['<meta property="og:url" content="https://news.example.kr/a/2">', "https://news.example.kr/a/2"],
  ['<link rel="canonical" href="/a/1">', undefined],
  ["", undefined],
])("the address of a page with %j is %j", (head, url) => {
  expect(htmlToLines(page("<p>본문.</p>", head)).url).toBe(url);
});

test("the site name comes from og:site_name", () => {
  expect(htmlToLines(page("<p>본문.</p>", '<meta property="og:site_name" content="예시일보">')).siteName).toBe(
    "예시일보",
  );
});
