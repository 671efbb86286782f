// On the shipped archive: the 2021 headline quote is classed against the body, and its page and
// its article's page say so; the 2019 quotes are under the topics their words support.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";
import { articlePageModel } from "../../src/lib/site/pageModels/articlePage.ts";
import { articlePage } from "../../src/lib/site/html/articlePage.ts";
import { quotePageModel } from "../../src/lib/site/pageModels/quotePage.ts";
import { quotePage } from "../../src/lib/site/html/quotePage.ts";

const site = siteIndexOf(loadArchive(path.resolve("content")));
const ORIGIN = "https://press-archive.example";
const headline = site.quotes.find((q) => q.kind === "headline" && q.article === "2021-new-year-assembly");

describe("the 2021 headline quote", () => {
  test("is reworded from the body quote that ends with the same call", () => {
    expect(headline?.headlineMatch?.class).toBe("reworded");
    const body = site.quote.get(headline?.headlineMatch?.bodyQuote ?? "");
    expect(body?.kind).toBe("body");
    expect(body?.text).toContain("2021년은 혁신행정 소통행정 청렴행정으로 AI 광주시대를 열어가자");
  });

  test("its page shows both wordings with the differing words marked", () => {
    if (!headline) throw new Error("no headline quote in the 2021 article");
    const main = quotePage(quotePageModel(site, headline), ORIGIN).main.html;
    expect(main).toContain("기사 제목 — 본문 발언을 다른 말로 옮김");
    expect(main).toContain("<mark>혁신 소통</mark>");
    expect(main).toContain("<mark>혁신행정 소통행정</mark>");
    // Each wording as written: the body's line keeps its particle.
    expect(main).toContain("<dt>본문</dt> <dd>“2021년은 <mark>혁신행정 소통행정</mark>");
    expect(main).toContain(`<a href="/quotes/${headline.headlineMatch?.bodyQuote}/">본문 발언 보기</a>`);
  });

  test("its article's page says the class and links the body quote in the text", () => {
    const article = site.article.get("2021-new-year-assembly");
    if (!article) throw new Error("no 2021 article");
    const main = articlePage(articlePageModel(site, article), ORIGIN).main.html;
    expect(main).toContain("본문 발언을 다른 말로 옮김");
    expect(main).toContain(
      `href="/articles/2021-new-year-assembly/#${headline?.headlineMatch?.bodyQuote}">본문에서 보기</a>`,
    );
  });
});

test("a 2019 quote's page lists the topics its words support and says why", () => {
  const quote = site.quotes.find((q) => q.text.startsWith("시민사회, 관계 기관"));
  if (!quote) throw new Error("no such 2019 quote");
  const main = quotePage(quotePageModel(site, quote), ORIGIN).main.html;
  expect(main).toMatch(
    /<dt>주제<\/dt>\s*<dd>\s*<a href="\/topics\/administrative-innovation\/">시정혁신<\/a>, <a href="\/topics\/communication\/">소통행정<\/a>/u,
  );
  expect(main).toContain("(발언 내용으로 분류)");
  expect(main).toContain('<span class="role-then">당시 광주광역시장</span>');
});
