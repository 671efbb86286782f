// Issue 21: a content URL is linked only when it is a web address. The schema refuses every other
// scheme (with the file, line, field and fix), and the page writers refuse them again, so an
// address that got past the check is never written into an href, JSON-LD, a citation or an export.
import { escape } from "html-escaper";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { ContentError, type ContentProblem } from "../../src/lib/errors.ts";
import { exportRecords } from "../../src/lib/exports/records.ts";
import { pageHeadHtml } from "../../src/lib/site/html/layout.ts";
import { articlePage } from "../../src/lib/site/html/articlePage.ts";
import type { SiteArticle } from "../../src/lib/site/siteIndex.ts";
import { safeHref } from "../../src/lib/text/httpUrl.ts";
import { SHIPPED_SITE } from "../support/siteConfig.ts";

const ORIGIN = "https://press-archive.example/";
const FILE = "articles/2019/2019-10-02-a.md";

/** Addresses that must never be linked: [what it is, the address]. */
const HOSTILE: [string, string][] = [
  ["javascript:", "javascript:alert(1)"],
  ["JAVASCRIPT: in capitals", "JAVASCRIPT:alert(1)"],
  ["javascript: after a space", " javascript:alert(1)"],
  ["a tab inside the scheme", "java\tscript:alert(1)"],
  ["a newline inside the scheme", "java\nscript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["vbscript:", "vbscript:x"],
  ["file:", "file:///etc/passwd"],
  ["ftp:", "ftp://files.example/a"],
  ["protocol-relative //host", "//evil.example"],
  ["a relative path", "/news/1"],
  ["https: without //", "https:evil"],
  ["https:/// with an empty host", "https:///evil.example"],
  ["an empty host", "https://"],
  ["backslashes for slashes", "https:\\\\evil.example"],
  ["credentials before the host", "https://user:pw@www.example.co.kr/"],
  ["a host hidden behind @", "https://www.gov.kr@evil.example/"],
  ["a space inside", "https://www.example.co.kr/a b"],
];

/** Addresses that are linked as written: [what it is, the address]. */
const ACCEPTED: [string, string][] = [
  ["https with a query", "https://www.example.co.kr/news/1?a=b&c=d"],
  ["http", "http://www.example.co.kr/news/view.php?idx=1"],
  ["HTTPS in capitals", "HTTPS://WWW.EXAMPLE.CO.KR/news/1"],
  ["a Korean path and a fragment", "https://www.example.co.kr/뉴스/1#본문"],
  ["a port", "https://news.example:8443/a"],
];

/** An article file whose `url:` (line 5) holds `url`, written as a double-quoted YAML string. */
function articleText(url: string): string {
  return [
    "---",
    "title: 이용섭 광주시장, 보고회 주재",
    "published: 2019-10-02T18:24:00+09:00",
    "outlet: 광주N광주",
    `url: ${JSON.stringify(url)}`,
    "---",
    "",
    "본문 첫 문단.",
    "",
  ].join("\n");
}

function problemsOf(text: string): ContentProblem[] {
  try {
    parseArticle({ path: FILE, text });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/** A parsed article as the site keeps it, its `url` set afterwards (as if the check had been bypassed). */
function siteArticle(url: string): SiteArticle {
  const { body: _body, ...draft } = parseArticle({ path: FILE, text: articleText("https://news.example/1") }).article;
  return { ...draft, url, html: "<p>본문 첫 문단.</p>" };
}

function renderedArticle(url: string): { main: string; head: string } {
  const page = articlePage(
    { article: siteArticle(url), speakers: [], topics: [], policies: [], headlineQuotes: [], quotes: [] },
    ORIGIN,
  );
  return { main: page.main.html, head: pageHeadHtml(page.frame, "/articles/2019-10-02-a/", SHIPPED_SITE).html };
}

describe("the article schema refuses every address that is not http(s), naming file, line and field", () => {
  test.each(HOSTILE)("%s: %j", (_name, url) => {
    const problems = problemsOf(articleText(url));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 5, field: "url", severity: "error" });
    expect(problems[0]?.message).toMatch(/^`url`: .*https:\/\//u);
    expect(problems[0]?.fix).toMatch(/https:\/\//u);
  });

  test.each(ACCEPTED)("accepts %s: %j", (_name, url) => {
    expect(problemsOf(articleText(url))).toEqual([]);
    expect(parseArticle({ path: FILE, text: articleText(url) }).article.url).toBe(url);
  });

  test("the message names the refused scheme and the fix says what to write", () => {
    const [found] = problemsOf(articleText("javascript:alert(document.domain)"));
    expect(found?.message).toContain("`javascript:`");
    expect(found?.message).toContain("https://");
    expect(found?.fix).toContain("https://");
  });
});

describe("safeHref: what may become a link", () => {
  test.each(HOSTILE)("refuses %s: %j", (_name, url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  test.each(ACCEPTED)("keeps %s as written: %j", (_name, url) => {
    expect(safeHref(url)).toBe(url);
  });

  test("nothing in, nothing out", () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref("")).toBeUndefined();
  });
});

describe("the article page links only web addresses, in its body, JSON-LD and citation box", () => {
  test.each(HOSTILE)("%s: %j is not linked nor cited", (_name, url) => {
    const { main, head } = renderedArticle(url);
    expect(main).not.toContain("원문 보기");
    expect(main).not.toMatch(/href="\s*(?:java|vb)script|href="data:|href="file:/iu);
    expect(main).not.toContain("&quot;source&quot;");
    expect(head).not.toContain("isBasedOn");
    const [record] = exportRecords(
      { articles: [siteArticle(url)], quotes: [], policies: [], speakers: [], topics: [] },
      ORIGIN,
    ).articles;
    expect(record?.["sourceUrl"]).toBeNull();
  });

  test.each(ACCEPTED)("%s is linked as the source", (_name, url) => {
    const { main, head } = renderedArticle(url);
    expect(main).toContain(`<a href="${escape(url)}" rel="external noopener">원문 보기</a>`);
    expect(head).toContain(`"isBasedOn":${JSON.stringify(url)}`);
    expect(main).toContain(escape(`"source": ${JSON.stringify(url)}`));
  });
});
