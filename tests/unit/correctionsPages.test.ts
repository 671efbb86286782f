// Corrections as readers and researchers get them: which corrections a quote's page shows, the
// article's 정정 section, the quote's, the JSON-LD (CorrectionComment), `/corrections/`,
// `/corrections.xml` and the data exports. Made from the invented fixture archive.
import { getRssString } from "@astrojs/rss";
import { HtmlValidate } from "html-validate";
import { xmlError } from "../support/xml.ts";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { numberedCorrections, quoteCorrections } from "../../src/lib/articles/corrections.ts";
import { toCsv } from "../../src/lib/exports/csv.ts";
import { exportRecords } from "../../src/lib/exports/records.ts";
import type { Correction } from "../../src/lib/schemas/correction.ts";
import { correctionFeedChannel } from "../../src/lib/site/correctionFeed.ts";
import { archiveCorrections } from "../../src/lib/site/corrections.ts";
import { articlePage } from "../../src/lib/site/html/articlePage.ts";
import { quoteCorrectionsHtml } from "../../src/lib/site/html/corrections.ts";
import { documentHtml, documentParts } from "../../src/lib/site/html/document.ts";
import { html } from "../../src/lib/html/safeHtml.ts";
import { correctionsPage } from "../../src/lib/site/html/correctionsPage.ts";
import { newsArticle, quotation } from "../../src/lib/site/jsonLd.ts";
import { articlePageModel } from "../../src/lib/site/pageModels/articlePage.ts";
import { correctionsPageModel } from "../../src/lib/site/pageModels/corrections.ts";
import { siteIndexOf, type SiteArticle } from "../../src/lib/site/siteIndex.ts";
import { CORRECTED_ID, contentWithCorrections } from "../support/correctionsContent.ts";

const ORIGIN = "https://press-archive.example/";
const site = siteIndexOf(loadArchive(contentWithCorrections()));
const article = site.article.get(CORRECTED_ID) as SiteArticle;
const quotes = site.quotesByArticle.get(CORRECTED_ID) ?? [];
const named = quotes.find((q) => q.text.startsWith("노선 개편은"));
const other = quotes.find((q) => q.text.startsWith("예산은"));
if (!article || !named || !other) throw new Error("the fixture article and its two quotes must load");

const correction = (date: string, change: string, extra: Partial<Correction> = {}): Correction => ({
  date,
  change,
  ...extra,
});

describe("numbering and choosing", () => {
  test("corrections are numbered in date order, front-matter order among equal dates", () => {
    const numbered = numberedCorrections([
      correction("2020-03-05", "셋째"),
      correction("2020-03-03T09:00:00+09:00", "첫째"),
      correction("2020-03-05", "넷째"),
      correction("2020-03-03T12:00:00+09:00", "둘째"),
    ]);
    expect(numbered.map((c) => [c.number, c.change])).toEqual([
      [1, "첫째"],
      [2, "둘째"],
      [3, "셋째"],
      [4, "넷째"],
    ]);
  });

  test("a quote's page shows the corrections naming it, and counts the others", () => {
    const forNamed = quoteCorrections(article.corrections, named);
    expect(forNamed.concerning.map((c) => c.change)).toEqual(["발언의 끝 부분을 보도자료대로 고쳤습니다."]);
    expect(forNamed.concerning[0]?.number).toBe(2);
    expect(forNamed.others).toBe(1);
    const forOther = quoteCorrections(article.corrections, other);
    expect(forOther).toEqual({ concerning: [], others: 2 });
    expect(quoteCorrections([], named)).toEqual({ concerning: [], others: 0 });
  });

  test("the archive's corrections come newest first, across articles", () => {
    const older = { id: "older", title: "옛 기사", outlet: null, published: null };
    const all = archiveCorrections([
      { ...article, corrections: article.corrections },
      { ...older, corrections: [correction("2020-03-03T12:00:00+09:00", "옛 기사 정정")] },
      { ...older, id: "clean", corrections: [] },
    ]);
    expect(all.map((c) => [c.article.id, c.number])).toEqual([
      [CORRECTED_ID, 2],
      ["older", 1],
      [CORRECTED_ID, 1],
    ]);
  });
});

describe("the article page", () => {
  const page = articlePage(articlePageModel(site, article), ORIGIN);
  const main = page.main.html;

  test("has a 정정 section: each correction at its anchor with date, change, reason, original and named quote", () => {
    const section = main.slice(main.indexOf('<section class="notes corrections" id="corrections"'));
    expect(section).toContain('<h2 id="corrections-title">정정 <span class="count">2건</span></h2>');
    const first = section.slice(section.indexOf('id="correction-1"'), section.indexOf('id="correction-2"'));
    expect(first).toContain('<time datetime="2020-03-03">2020년 3월 3일</time>');
    expect(first).toContain("‘12개’에서 ‘21개’로");
    expect(first).toContain("<dt>이유</dt><dd>시청 보도자료의 숫자를 잘못 옮겼습니다.</dd>");
    expect(first).toContain('<dt>처음 보도된 글</dt><dd class="correction-original">시는 노선 12개를 새로 짠다.</dd>');
    expect(first).not.toContain("관련 발언");
    const second = section.slice(section.indexOf('id="correction-2"'));
    expect(second).toContain('<time datetime="2020-03-04T09:30:00+09:00">2020년 3월 4일 09:30</time>');
    expect(second).toContain(`<dt>관련 발언</dt><dd><a href="/quotes/${named.id}/">“${named.text}”</a></dd>`);
  });

  test("an article without corrections has no 정정 section", () => {
    const clean = site.articles.find((a) => a.corrections.length === 0) as SiteArticle;
    expect(articlePage(articlePageModel(site, clean), ORIGIN).main.html).not.toContain("corrections");
  });

  test("its NewsArticle carries each correction as a CorrectionComment", () => {
    const data = newsArticle(article, [], ORIGIN);
    expect(data["correction"]).toEqual([
      {
        "@type": "CorrectionComment",
        text: "새로 짜는 노선의 수를 ‘12개’에서 ‘21개’로 바로잡았습니다. 이유: 시청 보도자료의 숫자를 잘못 옮겼습니다.",
        datePublished: "2020-03-03",
        url: `${ORIGIN}articles/${CORRECTED_ID}/#correction-1`,
      },
      {
        "@type": "CorrectionComment",
        text: "발언의 끝 부분을 보도자료대로 고쳤습니다. 이유: 보도자료와 다시 대조했습니다.",
        datePublished: "2020-03-04T09:30:00+09:00",
        url: `${ORIGIN}articles/${CORRECTED_ID}/#correction-2`,
      },
    ]);
    expect(page.frame.jsonLd?.[0]?.["correction"]).toEqual(data["correction"]);
    const clean = site.articles.find((a) => a.corrections.length === 0) as SiteArticle;
    expect(newsArticle(clean, [], ORIGIN)).not.toHaveProperty("correction");
  });

  test("text is escaped, never markup", () => {
    const hostile = { ...article, corrections: [correction("2020-03-03", '<script>alert("정정")</script>')] };
    const html = articlePage(articlePageModel(site, hostile), ORIGIN).main.html;
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("a quote's page", () => {
  test("the named quote: its correction in full, linked to the article's, and a count of the others", () => {
    const html = String(quoteCorrectionsHtml(quoteCorrections(article.corrections, named), CORRECTED_ID));
    expect(html).toContain("이 발언은 기사가 게재된 뒤 바로잡혔습니다.");
    expect(html).toContain("발언의 끝 부분을 보도자료대로 고쳤습니다.");
    expect(html).toContain('<dd class="correction-original">“노선 개편은 시민과 함께 하겠다”</dd>');
    expect(html).toContain(`href="/articles/${CORRECTED_ID}/#correction-2"`);
    expect(html).not.toContain("12개");
    expect(html).toContain(`이 기사에는 다른 정정 1건이 있습니다: <a href="/articles/${CORRECTED_ID}/#corrections">`);
  });

  test("a quote no correction names: one line saying the article was corrected, not about these words", () => {
    const html = String(quoteCorrectionsHtml(quoteCorrections(article.corrections, other), CORRECTED_ID));
    expect(html).toContain("이 발언이 실린 기사에 정정 2건이 있습니다(이 발언을 지목한 정정은 아닙니다)");
    expect(html).not.toContain("<li>");
    expect(quoteCorrectionsHtml(quoteCorrections([], other), CORRECTED_ID)).toBe("");
  });

  test("its Quotation carries only the corrections naming it", () => {
    const concerning = quoteCorrections(article.corrections, named).concerning;
    const data = quotation(named, article, undefined, ORIGIN, concerning);
    expect(data["correction"]).toEqual([
      expect.objectContaining({ "@type": "CorrectionComment", datePublished: "2020-03-04T09:30:00+09:00" }),
    ]);
    expect(quotation(other, article, undefined, ORIGIN)).not.toHaveProperty("correction");
  });
});

describe("/corrections/ and /corrections.xml", () => {
  test("the page lists every correction newest first, linked to its place on the article's page", () => {
    const model = correctionsPageModel(site);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    const page = correctionsPage(model);
    const html = page.main.html;
    expect(page.frame.feed?.href).toBe("/corrections.xml");
    const second = html.indexOf(`/articles/${CORRECTED_ID}/#correction-2`);
    const first = html.indexOf(`/articles/${CORRECTED_ID}/#correction-1`);
    expect(second).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(second);
    expect(html).toContain("예시일보 · 2020년 3월 2일 10:00");
    expect(correctionsPage({ corrections: [] }).main.html).toContain("아직 정정된 기사가 없습니다.");
  });

  test("the feed: well-formed, newest first, each item its own link, dated by the correction", async () => {
    const xml = await getRssString(
      correctionFeedChannel({
        site: { ...site.siteConfig, origin: ORIGIN },
        corrections: archiveCorrections(site.articles),
      }),
    );
    expect(xmlError(xml)).toBeNull();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((m) => m[1] ?? "");
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(`<link>${ORIGIN}articles/${CORRECTED_ID}/#correction-2</link>`);
    expect(items[0]).toContain("<title>[정정] 예시시, 시내버스 노선 개편안 발표</title>");
    expect(items[0]).toContain("발언의 끝 부분을 보도자료대로 고쳤습니다.");
    expect(items[0]).toContain(`<pubDate>${new Date("2020-03-04T00:30:00Z").toUTCString()}</pubDate>`);
    expect(items[1]).toContain(`#correction-1</link>`);
    // A day alone is midnight KST, 15:00 UTC the day before.
    expect(items[1]).toContain(`<pubDate>${new Date("2020-03-02T15:00:00Z").toUTCString()}</pubDate>`);
  });
});

describe("the data exports", () => {
  const records = exportRecords(site, ORIGIN);

  test("articles carry their corrections; quotes, those naming them", () => {
    const row = records.articles.find((r) => r.id === CORRECTED_ID);
    expect(row?.["corrections"]).toEqual([
      {
        date: "2020-03-03",
        change: "새로 짜는 노선의 수를 ‘12개’에서 ‘21개’로 바로잡았습니다.",
        reason: "시청 보도자료의 숫자를 잘못 옮겼습니다.",
        original: "시는 노선 12개를 새로 짠다.",
        quote: null,
        url: `${ORIGIN}articles/${CORRECTED_ID}/#correction-1`,
      },
      expect.objectContaining({ date: "2020-03-04T09:30:00+09:00", quote: "노선 개편은 시민의 뜻을" }),
    ]);
    const quoteRow = (id: string) => records.quotes.find((r) => r.id === id);
    expect(quoteRow(named.id)?.["corrections"]).toEqual([
      expect.objectContaining({ url: `${ORIGIN}articles/${CORRECTED_ID}/#correction-2` }),
    ]);
    expect(quoteRow(other.id)?.["corrections"]).toEqual([]);
    const shipped = records.articles.find((r) => r.id !== CORRECTED_ID);
    expect(shipped?.["corrections"]).toEqual([]);
  });

  test("CSV writes the list as JSON in one cell", () => {
    const csv = toCsv(records.articles.filter((r) => r.id === CORRECTED_ID));
    const [header, row] = csv.replace(/^\uFEFF/u, "").split("\r\n");
    expect(header?.split(",")).toContain("corrections");
    expect(row).toContain('""date"":""2020-03-03""');
    expect(row).toContain('""quote"":""노선 개편은 시민의 뜻을""');
  });
});

describe("valid HTML", () => {
  test("the article page, /corrections/ and both kinds of quote section, in whole documents", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-trailing-whitespace": "off", "valid-id": ["error", { relaxed: true }] },
    });
    const context = { site: site.siteConfig, stylesheet: "/styles/site.css" };
    /** A document holding one quote's 정정 section, as a quote page would. */
    const quoteSection = (quote: typeof named) => ({
      frame: { title: "발언" },
      main: html`<h1>발언</h1>${quoteCorrectionsHtml(quoteCorrections(article.corrections, quote), CORRECTED_ID)}`,
    });
    const documents: [string, ReturnType<typeof correctionsPage>][] = [
      [`/articles/${CORRECTED_ID}/`, articlePage(articlePageModel(site, article), ORIGIN)],
      ["/corrections/", correctionsPage(correctionsPageModel(site))],
      [`/quotes/${named.id}/`, quoteSection(named)],
      [`/quotes/${other.id}/`, quoteSection(other)],
    ];
    const messages: string[] = [];
    for (const [url, page] of documents) {
      const report = await validator.validateString(documentHtml(documentParts(page, url, context)), url);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${url} ${m.ruleId} ${m.message}`)));
    }
    expect(messages).toEqual([]);
  });
});
