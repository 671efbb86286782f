// Every page other than the quote, article and policy pages (tests/unit/markupPages.test.ts) is a
// function from its model to markup (src/lib/site/html/): each is rendered here from a small model
// in Hangul, and the models made from the shipped archive are checked to be plain data, so that a
// page made from a model read back from JSON (as page reuse digests it) is the same page.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { homePage } from "../../src/lib/site/html/homePage.ts";
import {
  archiveIndexPage,
  policiesIndexPage,
  speakersIndexPage,
  topicsIndexPage,
} from "../../src/lib/site/html/indexPages.ts";
import type { MarkupPage } from "../../src/lib/site/html/layout.ts";
import { notFoundPage } from "../../src/lib/site/html/notFoundPage.ts";
import { quoteListPage } from "../../src/lib/site/html/quoteListPage.ts";
import { searchPage } from "../../src/lib/site/html/searchPage.ts";
import { speakerPage } from "../../src/lib/site/html/speakerPage.ts";
import { topicPage } from "../../src/lib/site/html/topicPage.ts";
import { yearPage } from "../../src/lib/site/html/yearPage.ts";
import { homePageModel } from "../../src/lib/site/pageModels/homePage.ts";
import {
  archiveIndexModel,
  policiesIndexModel,
  speakersIndexModel,
  topicsIndexModel,
} from "../../src/lib/site/pageModels/indexPages.ts";
import {
  quoteListPages,
  speakerPages,
  topicPages,
  yearPages,
  type ArticleListItem,
  type QuoteListItem,
} from "../../src/lib/site/pageModels/listPages.ts";
import type { QuoteCard } from "../../src/lib/site/pageModels/quoteCard.ts";
import { searchPageModel } from "../../src/lib/site/pageModels/searchPage.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";
import type { Page } from "../../src/lib/site/paginate.ts";
import { SHIPPED_SITE } from "../support/siteConfig.ts";

const origin = "https://press-archive.example/";
const HOSTILE = "<script>alert(1)</script>";
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

const card = (id: string, text: string, extra: Partial<QuoteCard> = {}): QuoteCard => ({
  id,
  text,
  speaker: "kang-gi-jung",
  speakerName: "강기정",
  kind: "body",
  article: "2023-01-02-a",
  published: "2023-01-02T09:00:00+09:00",
  level: "certain",
  ...extra,
});

const quoteItem = (id: string, text: string, extra: Partial<QuoteCard> = {}): QuoteListItem => ({
  quote: card(id, text, extra),
  articleTitle: "광주시, 새해 업무보고",
});

const article = (id: string, title: string, extra: Partial<ArticleListItem> = {}): ArticleListItem => ({
  id,
  title,
  outlet: "광주일보",
  published: "2023-01-02T09:00:00+09:00",
  year: 2023,
  ...extra,
});

/** Page `number` of `count` of a list starting at `base`, holding `items`. */
function pageOf<T>(items: T[], number: number, count: number, base: string): Page<T> {
  const at = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return {
    items,
    number,
    count,
    path: at(number),
    previous: number > 1 ? at(number - 1) : null,
    next: number < count ? at(number + 1) : null,
  };
}

/** The page's crumbs as `label → href`, for short assertions. */
const crumbsOf = (page: MarkupPage) => page.frame.crumbs?.map((c) => `${c.label} → ${c.href}`);

describe("list pages: quotes, a year's articles", () => {
  test("the first page of /quotes/: title, count, cards with their speakers, links to every page", () => {
    const page = quoteListPage({
      page: pageOf([quoteItem("q1", "시민과 함께 가겠다"), quoteItem("q2", "광주를 바꾸겠다")], 1, 3, "/quotes/"),
      total: 250,
    });
    expect(page.frame.title).toBe("발언");
    expect(crumbsOf(page)).toEqual(["홈 → /", "발언 → /quotes/"]);
    const main = page.main.html;
    expect(main).toContain("<h1>발언</h1>");
    expect(main).toContain("기사에서 찾은 직접 인용 250건, 최신 기사순.");
    expect(main).toContain('<a class="quote-text" href="/quotes/q1/">“시민과 함께 가겠다”</a>');
    expect(main).toContain('<a href="/speakers/kang-gi-jung/">강기정</a>');
    expect(main.match(/class="quote-card"/g)).toHaveLength(2);
    expect(main).toContain('<a href="/quotes/page/3/" aria-label="3쪽">3</a>');
    expect(main).toContain('<a href="/quotes/page/2/" rel="next">다음 →</a>');
    expect(main).not.toContain('rel="prev"');
  });

  test("a later page of /quotes/ says its number in the title and the crumb", () => {
    const page = quoteListPage({ page: pageOf([quoteItem("q3", "끝까지")], 2, 2, "/quotes/"), total: 101 });
    expect(page.frame.title).toBe("발언 (2쪽)");
    expect(crumbsOf(page)).toEqual(["홈 → /", "발언 (2쪽) → /quotes/page/2/"]);
    expect(page.main.html).toContain('<a href="/quotes/" rel="prev">← 이전</a>');
    expect(page.main.html).toContain('<span aria-current="page">2</span>');
  });

  test("a year's page: its articles (an undated one with its year), the pages of that year, escaped titles", () => {
    const page = yearPage({
      year: 2023,
      page: pageOf(
        [article("a1", `광주 ${HOSTILE} 혁신`), article("a2", "날짜 모를 기사", { published: null, outlet: null })],
        2,
        2,
        "/archive/2023/",
      ),
      total: 31,
    });
    expect(page.frame.title).toBe("2023년 기사 (2쪽)");
    expect(crumbsOf(page)).toEqual(["홈 → /", "연도별 → /archive/", "2023년 → /archive/2023/page/2/"]);
    const main = page.main.html;
    expect(main).toContain("<h1>2023년 기사 (2쪽)</h1>");
    expect(main).toContain("<p>31건, 최신순.");
    expect(main).toContain(`<a href="/articles/a1/">광주 ${ESCAPED} 혁신</a>`);
    expect(main).not.toContain(HOSTILE);
    expect(main).toContain("매체 미상 · 2023년, 게재일 미상");
    expect(main).toContain('<a href="/archive/2023/" rel="prev">← 이전</a>');
    expect(main).toContain('<a href="/archive/2023/" aria-label="1쪽">1</a>');
  });
});

describe("a speaker's page and a topic's page", () => {
  const speaker = {
    id: "kang-gi-jung",
    name: HOSTILE,
    nameLatin: "Kang Gi-jung",
    roles: [{ title: "광주광역시장", organisation: "광주광역시", from: "2022-07-01" }],
    description: "민선 8기 광주광역시장.",
  };

  test("name, offices, quotes without the speaker repeated, pages, latest articles, feed, JSON-LD; all escaped", () => {
    const page = speakerPage(
      {
        speaker,
        page: pageOf([quoteItem("q1", "시민과 함께 가겠다")], 1, 2, "/speakers/kang-gi-jung/"),
        quoteCount: 51,
        articles: [article("a1", "광주시, 새해 업무보고")],
        articleCount: 21,
      },
      origin,
    );
    expect(page.frame.title).toBe(HOSTILE);
    expect(page.frame.description).toBe("민선 8기 광주광역시장.");
    expect(page.frame.ogType).toBe("profile");
    expect(page.frame.feed).toEqual({
      title: `${HOSTILE} 발언 기사 RSS`,
      href: "/speakers/kang-gi-jung/rss.xml",
    });
    expect(page.frame.jsonLd?.[0]).toMatchObject({ "@type": "Person", name: HOSTILE, jobTitle: "광주광역시장" });
    const main = page.main.html;
    expect(main).not.toContain(HOSTILE);
    expect(main).toContain(`<h1>${ESCAPED} <span class="latin" lang="en">Kang Gi-jung</span></h1>`);
    expect(main).toContain('<strong>광주광역시장</strong> · 광주광역시 <span class="period">2022년 7월 1일 –</span>');
    expect(main).toContain('<h2 id="quotes-title">발언 51건 (1/2쪽)</h2>');
    expect(main).not.toContain('href="/speakers/kang-gi-jung/">'); // the cards leave the speaker out
    expect(main).toContain('<a href="/speakers/kang-gi-jung/page/2/" rel="next">다음 →</a>');
    expect(main).toContain('<h2 id="articles-title">관련 기사 21건, 최근 20건</h2>');
    expect(main).toContain('<a href="/speakers/kang-gi-jung/rss.xml">이 인물의 기사 RSS</a>');
  });

  test("a speaker with one page of quotes, no offices and no description", () => {
    const page = speakerPage(
      {
        speaker: { id: "lee", name: "이용섭", roles: [] },
        page: pageOf([], 1, 1, "/speakers/lee/"),
        quoteCount: 0,
        articles: [],
        articleCount: 0,
      },
      origin,
    );
    expect(page.frame.description).toBe("이용섭의 발언과 관련 기사");
    expect(page.main.html).toContain('<h2 id="quotes-title">발언 0건</h2>');
    expect(page.main.html).toContain('<h2 id="articles-title">관련 기사 0건</h2>');
    expect(page.main.html).not.toContain("경력");
    expect(page.main.html).not.toContain("pagination");
  });

  test("a topic's first page: articles, pages, policy items and latest quotes, the counts saying what is left out", () => {
    const page = topicPage({
      topic: { id: "integrity", label: "청렴행정", description: "공직사회의 청렴문화.", keywords: [], notKeywords: [] },
      page: pageOf([article("a1", "청렴도 평가 결과")], 1, 2, "/topics/integrity/"),
      articleCount: 40,
      quotes: [quoteItem("q1", "청렴이 먼저다")],
      quoteCount: 31,
      policies: [{ id: "p1", title: `청렴 ${HOSTILE}` }],
      policyCount: 51,
    });
    expect(page.frame.title).toBe("주제: 청렴행정");
    expect(crumbsOf(page)).toEqual(["홈 → /", "주제 → /topics/", "청렴행정 → /topics/integrity/"]);
    expect(page.frame.feed?.href).toBe("/topics/integrity/rss.xml");
    const main = page.main.html;
    expect(main).toContain('<h2 id="articles-title">기사 40건 (1/2쪽)</h2>');
    expect(main).toContain('<a href="/topics/integrity/page/2/" aria-label="2쪽">2</a>');
    expect(main).toContain('<h2 id="policies-title">정책 51건, 최근 50건</h2>');
    expect(main).toContain(`<a href="/policies/p1/">청렴 ${ESCAPED}</a>`);
    expect(main).toContain('<h2 id="quotes-title">발언 31건, 최근 30건</h2>');
    expect(main).toContain('<a href="/speakers/kang-gi-jung/">강기정</a>'); // topic lists name the speaker
    expect(main).not.toContain(HOSTILE);
  });

  test("a topic's later page has neither policy items nor quotes", () => {
    const page = topicPage({
      topic: { id: "integrity", label: "청렴행정", keywords: [], notKeywords: [] },
      page: pageOf([article("a31", "서른한 번째")], 2, 2, "/topics/integrity/"),
      articleCount: 31,
      quotes: [],
      quoteCount: 31,
      policies: [],
      policyCount: 3,
    });
    expect(page.frame.description).toBe("청렴행정 관련 기사와 발언");
    expect(page.main.html).not.toContain("policies-title");
    expect(page.main.html).not.toContain("quotes-title");
    expect(page.main.html).toContain('<a href="/topics/integrity/" rel="prev">← 이전</a>');
  });
});

describe("the pages of whole collections", () => {
  test("/archive/: years with their counts, then the undated articles", () => {
    const page = archiveIndexPage({
      years: [
        { year: 2023, articleCount: 12 },
        { year: 2019, articleCount: 3 },
      ],
      undated: [article("u1", "연도 모를 기사", { published: null, year: null })],
    });
    expect(page.frame.title).toBe("연도별 기사");
    expect(crumbsOf(page)).toEqual(["홈 → /", "연도별 → /archive/"]);
    const main = page.main.html;
    expect(main).toContain('<li><a href="/archive/2023/">2023년</a> <span class="count">기사 12</span></li>');
    expect(main).toContain('<h2>연도 미상 <span class="count">기사 1</span></h2>');
    expect(main).toContain("광주일보 · 게재일 미상");
    expect(archiveIndexPage({ years: [], undated: [] }).main.html).not.toContain("undated");
  });

  test("/speakers/ and /topics/: a link, counts and a description for each, escaped", () => {
    const speakers = speakersIndexPage({
      speakers: [
        { id: "kang", name: HOSTILE, quoteCount: 5, articleCount: 2, description: "민선 8기 시장" },
        { id: "lee", name: "이용섭", quoteCount: 0, articleCount: 1 },
      ],
    });
    expect(speakers.frame.title).toBe("인물");
    expect(speakers.main.html).toContain(`<a href="/speakers/kang/">${ESCAPED}</a>`);
    expect(speakers.main.html).toContain('<span class="count">발언 5 · 기사 2</span> <p>민선 8기 시장</p>');
    expect(speakers.main.html).not.toContain(HOSTILE);
    expect(speakers.main.html.match(/<p>/g)).toHaveLength(1);
    const topics = topicsIndexPage({
      topics: [{ id: "welfare", label: "복지", articleCount: 4, quoteCount: 9, description: "광주형 복지." }],
    });
    expect(crumbsOf(topics)).toEqual(["홈 → /", "주제 → /topics/"]);
    expect(topics.main.html).toContain(
      '<a href="/topics/welfare/">복지</a> <span class="count">기사 4 · 발언 9</span>',
    );
  });

  test("/policies/: each item with its area (when it has one) and its date", () => {
    const page = policiesIndexPage({
      policies: [
        { id: "p1", title: "청렴 교육", area: "공공 분야", published: "2019-10-02T18:24:00+09:00" },
        { id: "p2", title: `무관용 ${HOSTILE}`, published: null },
      ],
    });
    const main = page.main.html;
    expect(main).toContain('<span class="count">공공 분야 · 2019년 10월 2일 18:24</span>');
    expect(main).toContain('<span class="count">게재일 미상</span>');
    expect(main).toContain(`<a href="/policies/p2/">무관용 ${ESCAPED}</a>`);
  });
});

describe("home, search and 404", () => {
  test("home: the site's name and introduction, its size, latest articles, years, quotes, speakers and topics", () => {
    const page = homePage(
      {
        articleCount: 2,
        quoteCount: 3,
        latest: [article("a1", "광주시, 새해 업무보고")],
        years: [2023, 2019],
        notable: [quoteItem("q1", "시민과 함께 가겠다")],
        speakers: [{ id: "kang", label: HOSTILE, count: 3 }],
        topics: [{ id: "welfare", label: "복지", count: 1 }],
      },
      SHIPPED_SITE,
    );
    expect(page.frame.title).toBe(SHIPPED_SITE.name);
    expect(page.frame.crumbs).toBeUndefined();
    expect(page.frame.jsonLd?.[0]).toMatchObject({ "@type": "WebSite", name: SHIPPED_SITE.name });
    const main = page.main.html;
    expect(main).toContain(`<h1>${SHIPPED_SITE.name}</h1>`);
    expect(main).toContain(`${SHIPPED_SITE.description} 기사 2건, 발언 3건.</p>`);
    expect(main).toContain('연도별: <a href="/archive/2023/">2023년</a> · <a href="/archive/2019/">2019년</a></p>');
    expect(main).toContain('<a class="quote-text" href="/quotes/q1/">“시민과 함께 가겠다”</a>');
    expect(main).toContain(`<a href="/speakers/kang/">${ESCAPED}</a> <span class="count">발언 3</span>`);
    expect(main).toContain('<a href="/topics/welfare/">복지</a> <span class="count">기사 1</span>');
    expect(main).not.toContain(HOSTILE);
  });

  test("search: the filters offer the site's speakers and topics, escaped; the result list starts empty", () => {
    const page = searchPage({
      speakers: [{ id: "kang", name: HOSTILE }],
      topics: [{ id: "welfare", label: "복지" }],
    });
    expect(page.frame.title).toBe("검색");
    const main = page.main.html;
    expect(main).toContain(`<option value="kang">${ESCAPED}</option>`);
    expect(main).toContain('<option value="welfare">복지</option>');
    expect(main).toContain('<ol id="search-results" class="search-results"></ol>');
    expect(main).toContain('<p id="search-status" class="search-status" role="status" aria-live="polite"></p>');
    expect(main).not.toContain("<script");
  });

  test("404: not indexed, links to the ways in", () => {
    const page = notFoundPage();
    expect(page.frame).toEqual({ title: "페이지를 찾을 수 없습니다", indexable: false });
    expect(page.main.html).toContain('<li><a href="/search/">발언 검색</a></li>');
  });
});

describe("models made from the shipped archive", () => {
  const site = siteIndexOf(loadArchive(path.resolve("content")));
  /** Each page type: its models, and its page made from a model. */
  const pages: [string, unknown[], (model: never) => MarkupPage][] = [
    ["home", [homePageModel(site)], (m) => homePage(m, site.siteConfig)],
    ["archive", [archiveIndexModel(site)], archiveIndexPage],
    ["speakers", [speakersIndexModel(site)], speakersIndexPage],
    ["topics", [topicsIndexModel(site)], topicsIndexPage],
    ["policies", [policiesIndexModel(site)], policiesIndexPage],
    ["search", [searchPageModel(site)], searchPage],
    ["quote list", quoteListPages(site).map((p) => p.props), quoteListPage],
    ["year", yearPages(site).map((p) => p.props), yearPage],
    ["speaker", speakerPages(site).map((p) => p.props), (m) => speakerPage(m, origin)],
    ["topic", topicPages(site).map((p) => p.props), topicPage],
  ];

  test.each(pages)(
    "%s: plain data, and the page is the same when made from the model read back from JSON",
    (_, models, render) => {
      expect(models.length).toBeGreaterThan(0);
      for (const model of models) {
        const copy = JSON.parse(JSON.stringify(model)) as never;
        expect(copy).toEqual(model);
        const page = render(model as never);
        expect(render(copy)).toEqual(page);
      }
    },
  );

  test("models hold what their pages show: no quote's sentence, no speaker's aliases", () => {
    const speaker = site.speakers.find((s) => s.aliases.length > 0);
    if (!speaker) throw new Error("the shipped archive has a speaker with aliases");
    const text = JSON.stringify([homePageModel(site), speakerPages(site).map((p) => p.props)]);
    expect(text).not.toContain('"aliases"');
    expect(text).not.toContain('"context"');
  });
});
