import { describe, expect, test } from "vitest";
import type { Quote } from "../../src/lib/schemas/quote.ts";
import { quoteRecord } from "../support/quoteRecord.ts";
import { pageBodyHtml, pageHeadHtml } from "../../src/lib/site/html/layout.ts";
import { quotePage } from "../../src/lib/site/html/quotePage.ts";
import { html } from "../../src/lib/html/safeHtml.ts";
import { articleListHtml } from "../../src/lib/site/html/articleList.ts";
import { paginationHtml } from "../../src/lib/site/html/pagination.ts";
import type { QuotePageModel } from "../../src/lib/site/pageModels/quotePage.ts";
import { SHIPPED_SITE } from "../support/siteConfig.ts";

const origin = "https://press-archive.example/";

const quote: Quote = quoteRecord({
  text: "광주는 <혁신>의 길을 제시했다",
  context: "아울러 “광주는 <혁신>의 길을 제시했다”면서 당부했다.",
});

const model: QuotePageModel = {
  quote,
  article: {
    id: "2019-10-02-a",
    title: "광주시 & 혁신위",
    outlet: "광주N광주",
    published: quote.published,
    year: 2019,
  },
  speaker: { id: "lee-yong-seop", name: "이용섭", aliases: [], roles: [] } as unknown as QuotePageModel["speaker"],
  statement: [],
  more: [],
  policies: [{ id: "welfare-model", title: "광주형 복지" }],
  roleThen: null,
  topics: [],
  cluster: [],
  corrections: { concerning: [], others: 0 },
};

describe("pageHeadHtml: the head of every page", () => {
  test("title with the site name, canonical URL, feeds, the page's own meta and JSON-LD that cannot close its script", () => {
    const head = pageHeadHtml(
      {
        title: "이용섭 <시장>",
        feed: { title: "인물 RSS", href: "/speakers/lee-yong-seop/rss.xml" },
        meta: [{ name: "citation_title", content: "광주 “혁신”" }],
        jsonLd: [{ "@type": "Thing", name: "</script><b>" }],
      },
      "/speakers/lee-yong-seop/",
      SHIPPED_SITE,
    ).html;
    expect(head).toContain("<title>이용섭 &lt;시장&gt; — 광주시장 언론 발언 아카이브</title>");
    expect(head).toContain('<link rel="canonical" href="https://press-archive.example/speakers/lee-yong-seop/">');
    expect(head).toContain('title="인물 RSS" href="/speakers/lee-yong-seop/rss.xml"');
    expect(head).toContain('<meta name="citation_title" content="광주 “혁신”">');
    expect(head).not.toContain("</script><b>");
    expect(head).toContain("\\u003c/script>\\u003cb>");
  });

  test("a page that is not a place of its own is not indexed and has no canonical URL", () => {
    const head = pageHeadHtml({ title: "없는 쪽", indexable: false }, "/404.html", SHIPPED_SITE).html;
    expect(head).toContain('<meta name="robots" content="noindex">');
    expect(head).not.toContain("canonical");
  });
});

describe("pageBodyHtml: the frame around main content", () => {
  test("the menu marks the current section; crumbs link all but the current page", () => {
    const body = pageBodyHtml(
      {
        crumbs: [
          { label: "홈", href: "/" },
          { label: "발언", href: "/quotes/" },
        ],
      },
      "/quotes/x/",
      html`<p>본문</p>`,
      SHIPPED_SITE,
    ).html;
    expect(body).toContain('<a href="/quotes/" aria-current="page">발언</a>');
    expect(body).toContain('<a href="/speakers/">인물</a>');
    expect(body).toContain('<li><a href="/">홈</a></li><li aria-current="page">발언</li>');
    expect(body).toContain('<main id="main"><p>본문</p></main>');
  });
});

describe("quotePage: a quote's page written as markup", () => {
  test("words, speaker and verb, the sentence with the words marked, policies and the cite box, all escaped", () => {
    const { frame, main } = quotePage(model, origin);
    expect(frame.title).toBe("이용섭: “광주는 <혁신>의 길을 제시했다”");
    expect(main.html).toContain("<p>“광주는 &lt;혁신&gt;의 길을 제시했다”</p>");
    expect(main.html).toContain('— <a href="/speakers/lee-yong-seop/">이용섭</a> <span class="verb">(당부했다)</span>');
    expect(main.html).toContain(
      '<p class="context">아울러 “<mark>광주는 &lt;혁신&gt;의 길을 제시했다</mark>”면서 당부했다.</p>',
    );
    expect(main.html).toContain('<a href="/articles/2019-10-02-a/">광주시 &amp; 혁신위</a>, 광주N광주');
    expect(main.html).toContain('<a href="/policies/welfare-model/">광주형 복지</a>');
    expect(main.html).toContain("<details open> <summary>참고문헌</summary>");
    expect(main.html).not.toContain("같은 발언의 다른 부분");
  });

  test("a headline quote, a carried speaker, and a sentence that does not hold the words", () => {
    const headline = quotePage(
      { ...model, quote: { ...quote, kind: "headline", attribution: "carried", context: "다른 문장" } },
      origin,
    ).main.html;
    expect(headline).toContain("<dt>위치</dt><dd>기사 제목 (본문 발언을 줄여 옮긴 것일 수 있음)</dd>");
    expect(headline).toContain("<dt>화자 근거</dt>");
    expect(headline).not.toContain("기사 속 문장");
    const unmarked = quotePage({ ...model, quote: { ...quote, context: "다른 문장" } }, origin).main.html;
    expect(unmarked).toContain('<p class="context">다른 문장</p>');
  });

  test("a headline quote shows its class and both wordings with the differing words marked", () => {
    const headlineMatch = {
      class: "reworded" as const,
      bodyQuote: "2021-a--0body",
      bodyText: "2021년은 혁신행정 소통행정으로",
      diff: [
        { kind: "same" as const, text: "2021년", otherText: "2021년은" },
        { kind: "this" as const, text: "혁신 소통" },
        { kind: "other" as const, text: "혁신행정 소통행정" },
        { kind: "same" as const, text: "<가자>" },
      ],
    };
    const page = quotePage({ ...model, quote: { ...quote, kind: "headline", headlineMatch } }, origin).main.html;
    expect(page).toContain("<dt>위치</dt><dd>기사 제목 — 본문 발언을 다른 말로 옮김</dd>");
    expect(page).toContain("<dt>제목</dt> <dd>“2021년 <mark>혁신 소통</mark> &lt;가자&gt;”</dd>");
    expect(page).toContain("<dt>본문</dt> <dd>“2021년은 <mark>혁신행정 소통행정</mark> &lt;가자&gt;”</dd>");
    expect(page).toContain('<a href="/quotes/2021-a--0body/">본문 발언 보기</a>');
    const absent = quotePage(
      {
        ...model,
        quote: {
          ...quote,
          kind: "headline",
          headlineMatch: { class: "absent", bodyQuote: null, bodyText: null, diff: [] },
        },
      },
      origin,
    ).main.html;
    expect(absent).toContain("본문에 없는 말");
    expect(absent).not.toContain("본문 발언 보기");
  });

  test("who the speaker was then, the original with the day it was read, and the topics with why", () => {
    const page = quotePage(
      {
        ...model,
        roleThen: "당시 광주광역시장",
        topics: [
          { id: "integrity", label: "청렴행정" },
          { id: "communication", label: "소통행정" },
        ],
        quote: { ...quote, topicBasis: "own" },
        article: { ...model.article, url: "https://news.example/a?x=1&y=2", retrieved: "2024-03-05" },
      },
      origin,
    ).main.html;
    expect(page).toContain('이용섭</a>, <span class="role-then">당시 광주광역시장</span>');
    expect(page).toContain(
      '<a href="https://news.example/a?x=1&amp;y=2" rel="external noopener">광주N광주 기사 원문</a>',
    );
    expect(page).toContain('<span class="retrieved">(2024년 3월 5일 확인)</span>');
    expect(page).toMatch(
      /<a href="\/topics\/integrity\/">청렴행정<\/a>, <a href="\/topics\/communication\/">소통행정<\/a>\s*<span class="topic-basis">\(발언 내용으로 분류\)<\/span>/u,
    );
    const fallback = quotePage(
      { ...model, topics: [{ id: "integrity", label: "청렴행정" }], quote: { ...quote, topicBasis: "article" } },
      origin,
    ).main.html;
    expect(fallback).toContain("(기사의 주제를 따름)");
    expect(fallback).not.toContain("기사 원문");
    expect(fallback).not.toContain("role-then");
  });
});

describe("paginationHtml and articleListHtml: lists over several pages", () => {
  test("one page has no links; otherwise previous, every number (the current one marked) and next", () => {
    expect(paginationHtml({ number: 1, count: 1, previous: null, next: null }, "/quotes/")).toBe("");
    const first = String(paginationHtml({ number: 1, count: 3, previous: null, next: "/quotes/page/2/" }, "/quotes/"));
    expect(first).toContain('<span></span> <ol> <li><span aria-current="page">1</span></li>');
    expect(first).toContain('<li><a href="/quotes/page/3/" aria-label="3쪽">3</a></li>');
    expect(first).toContain('<a href="/quotes/page/2/" rel="next">다음 →</a>');
    const last = String(paginationHtml({ number: 3, count: 3, previous: "/quotes/page/2/", next: null }, "/quotes/"));
    expect(last).toContain('<a href="/quotes/page/2/" rel="prev">← 이전</a>');
    expect(last).toContain('<li><a href="/quotes/" aria-label="1쪽">1</a></li>');
  });

  test("a long list links the pages near this one and every tenth and hundredth around it", () => {
    const middle = String(
      paginationHtml({ number: 345, count: 589, previous: "/quotes/page/344/", next: "/quotes/page/346/" }, "/quotes/"),
    );
    const linked = [...middle.matchAll(/aria-label="(\d+)쪽"/gu)].map((match) => Number(match[1]));
    expect(linked).toEqual([
      1, 100, 200, 300, 310, 320, 330, 340, 341, 342, 343, 344, 346, 347, 348, 349, 350, 360, 370, 380, 390, 400, 500,
      589,
    ]);
    expect(middle).toContain('<li><span aria-current="page">345</span></li>');
    expect(middle).toContain('<li><a href="/quotes/" aria-label="1쪽">1</a></li><li><a href="/quotes/page/100/"');
    expect(middle).toContain('<a href="/quotes/page/344/" rel="prev">← 이전</a>');
  });

  test("an article without a date shows its year", () => {
    const list = articleListHtml([
      { id: "a", title: "광주 <혁신>", outlet: "광주일보", published: "2019-10-02T18:24:00+09:00", year: 2019 },
      { id: "b", title: "날짜 없음", outlet: "전남일보", published: null, year: 2021 },
    ]).html;
    expect(list).toContain('<a href="/articles/a/">광주 &lt;혁신&gt;</a>');
    expect(list).toContain('<time datetime="2019-10-02T18:24:00+09:00">2019년 10월 2일 18:24</time>');
    expect(list).toContain("전남일보 · 2021년, 게재일 미상");
  });
});
