// Quotes over time on speaker and topic pages: the chart's model (months or years, KST, undated
// apart, each quote counted once), its SVG and table (accessible, the same figures), and the pages.
import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { speakerTimeline, topicTimeline } from "../../src/lib/site/charts/chartRules.ts";
import { MAX_MONTHS, timelineChart, type TimelineChart } from "../../src/lib/site/charts/timeline.ts";
import { scaleFor, timelineChartHtml } from "../../src/lib/site/charts/timelineSvg.ts";
import { documentHtml, documentParts } from "../../src/lib/site/html/document.ts";
import { speakerPage } from "../../src/lib/site/html/speakerPage.ts";
import { topicPage } from "../../src/lib/site/html/topicPage.ts";
import { quoteListHtml } from "../../src/lib/site/html/quoteList.ts";
import { speakerPages, topicPages } from "../../src/lib/site/pageModels/listPages.ts";
import { quoteCard } from "../../src/lib/site/pageModels/quoteCard.ts";
import type { Quote } from "../../src/lib/schemas/quote.ts";
import type { SiteIndex } from "../../src/lib/site/siteIndex.ts";
import { PLACEHOLDER_SITE } from "../../src/lib/siteConfig/placeholderSite.ts";

type Dated = Pick<Quote, "published"> & { keys: string[] };
const dated = (published: string | null, ...keys: string[]): Dated => ({ published, keys });
const rule = {
  keysOf: (q: Dated) => q.keys,
  infoOf: (key: string) => ({ label: `주제 ${key}` }),
  otherLabel: "그 밖의 주제",
  noneLabel: "주제 없음",
};
const chartOf = (quotes: Dated[]): TimelineChart => {
  const chart = timelineChart(quotes, rule);
  if (chart === null) throw new Error("a chart of some quotes");
  return chart;
};
/** Period key → its counts, for periods with quotes. */
const filled = (chart: TimelineChart) =>
  Object.fromEntries(chart.periods.filter((p) => p.total > 0).map((p) => [p.key, p.counts]));

describe("the chart's model", () => {
  test("no quotes, no chart", () => {
    expect(timelineChart([], rule)).toBeNull();
  });

  test(`months up to ${MAX_MONTHS} months of span, every month listed, empty ones too`, () => {
    const chart = chartOf([dated("2019-01-05", "a"), dated("2021-12-20T10:00:00+09:00", "a")]);
    expect(chart.unit).toBe("month");
    expect(chart.periods).toHaveLength(36);
    expect(chart.periods[0]).toMatchObject({ key: "2019-01", label: "2019년 1월", total: 1 });
    expect(chart.periods[1]).toMatchObject({ key: "2019-02", total: 0 });
    expect(chart.periods.at(-1)).toMatchObject({ key: "2021-12", label: "2021년 12월", total: 1 });
  });

  test("a span of one month more is shown by years", () => {
    const chart = chartOf([dated("2019-01-05", "a"), dated("2022-01-02", "a"), dated("2020-06-01", "a")]);
    expect(chart.unit).toBe("year");
    expect(chart.periods.map((p) => [p.key, p.label, p.total])).toEqual([
      ["2019", "2019년", 1],
      ["2020", "2020년", 1],
      ["2021", "2021년", 0],
      ["2022", "2022년", 1],
    ]);
  });

  test("months are KST: 23:30 KST on 31 January is January, 15:30 UTC that day is 1 February in KST", () => {
    const chart = chartOf([dated("2021-01-31T23:30:00+09:00", "a"), dated("2021-01-31T15:30:00Z", "b")]);
    expect(filled(chart)).toEqual({ "2021-01": [1, 0], "2021-02": [0, 1] });
    const last = chartOf([dated("2021-12-31T15:00:00Z", "a"), dated("2021-12-31T14:59:59Z", "a")]);
    expect(last.periods.map((p) => p.key)).toEqual(["2021-12", "2022-01"]);
  });

  test("undated quotes are counted apart, per series, never in a period", () => {
    const chart = chartOf([dated(null, "a"), dated("2020-03-01", "a"), dated(null), dated("not a date", "b")]);
    expect(chart.periods.map((p) => p.key)).toEqual(["2020-03"]);
    expect(chart.series.map((s) => [s.label, s.total])).toEqual([
      ["주제 a", 2],
      ["주제 b", 1],
      ["주제 없음", 1],
    ]);
    expect(chart.undated).toEqual([1, 1, 1]);
    expect(chart.undatedTotal).toBe(3);
    expect(chart.total).toBe(4);
  });

  test("all undated: no periods, the undated still counted", () => {
    const chart = chartOf([dated(null, "a"), dated(null, "a")]);
    expect(chart.periods).toEqual([]);
    expect(chart.undatedTotal).toBe(2);
  });

  test("a quote under several keys is counted once, under the one most quotes share", () => {
    const chart = chartOf([
      dated("2020-01-01", "a", "b"),
      dated("2020-01-02", "b"),
      dated("2020-01-03", "b", "c"),
      dated("2020-02-01", "a"),
    ]);
    expect(chart.series.map((s) => [s.label, s.total])).toEqual([
      ["주제 b", 3],
      ["주제 a", 1],
    ]);
    expect(filled(chart)).toEqual({ "2020-01": [3, 0], "2020-02": [0, 1] });
    expect(chart.periods.reduce((sum, p) => sum + p.total, 0) + chart.undatedTotal).toBe(chart.total);
  });

  test("four series by size, the rest together, styles in order", () => {
    const quotes = ["a", "b", "b", "c", "c", "c", "d", "d", "d", "d", "e", "e", "e", "e", "e", "f"].map((k, i) =>
      dated(`2020-0${1 + (i % 3)}-01`, k),
    );
    const chart = chartOf([...quotes, dated("2020-01-09")]);
    expect(chart.series.map((s) => [s.style, s.label, s.total])).toEqual([
      ["s1", "주제 e", 5],
      ["s2", "주제 d", 4],
      ["s3", "주제 c", 3],
      ["s4", "주제 b", 2],
      ["other", "그 밖의 주제", 2],
      ["none", "주제 없음", 1],
    ]);
    for (const period of chart.periods) expect(period.counts.reduce((a, b) => a + b, 0)).toBe(period.total);
  });

  test("a speaker's chart is by topic (labels and links from the registry); a topic's by speaker", () => {
    const quote = (extra: Partial<Quote>): Quote =>
      ({
        published: "2022-07-04T09:00:00+09:00",
        topics: [],
        speaker: null,
        speakerName: null,
        level: "certain",
        ...extra,
      }) as Quote;
    const site = {
      topic: new Map([["integrity", { id: "integrity", label: "청렴행정", keywords: [] }]]),
      speaker: new Map([["kang", { id: "kang", name: "강기정", aliases: [], roles: [] }]]),
    } as unknown as SiteIndex;
    const bySpeaker = speakerTimeline(site, [quote({ topics: ["integrity"] }), quote({})]);
    expect(bySpeaker?.series).toEqual([
      { style: "s1", label: "청렴행정", href: "/topics/integrity/", total: 1 },
      { style: "none", label: "주제 없음", total: 1 },
    ]);
    const byTopic = topicTimeline(site, [
      quote({ speaker: "kang", speakerName: "강기정" }),
      quote({ speakerName: "시 관계자", source: "anonymous" }),
      quote({ speakerName: null, level: "unconfirmed" }),
      quote({ speaker: "kang", speakerName: "강기정", level: "unconfirmed" }),
    ]);
    expect(byTopic?.series).toEqual([
      { style: "s1", label: "강기정", href: "/speakers/kang/", total: 1 },
      { style: "s2", label: "시 관계자", total: 1 },
      { style: "none", label: "화자 미확인", total: 2 },
    ]);
  });
});

describe("the chart's markup", () => {
  const chart = chartOf([
    dated("2021-01-31T23:30:00+09:00", "a"),
    dated("2021-01-31T15:30:00Z", "a", "b"),
    dated("2021-02-10", "b"),
    dated("2021-02-11", "b"),
    dated("2021-02-20", "a"),
    dated("2021-04-01"),
    dated(null, "b"),
  ]);
  const markup = timelineChartHtml(chart, { id: "c", seriesName: "주제", countingNote: "한 번만 셉니다." }).html;
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`);

  test("the SVG is an image named by its title and described by a sentence with the figures", () => {
    const svg = document.querySelector("svg.chart-plot");
    expect(svg?.getAttribute("role")).toBe("img");
    const [titleId, descId] = (svg?.getAttribute("aria-labelledby") ?? "").split(" ");
    expect(document.getElementById(titleId ?? "")?.tagName.toLowerCase()).toBe("title");
    expect(document.getElementById(titleId ?? "")?.textContent).toBe("월별 발언 수 (주제별)");
    const desc = document.getElementById(descId ?? "")?.textContent ?? "";
    expect(desc).toContain("2021년 1월부터 2021년 4월까지 월별 발언 수");
    expect(desc).toContain("가장 많은 달은 2021년 2월(4건)");
    expect(desc).toContain("주제 b 4건, 주제 a 2건, 주제 없음 1건");
    expect(desc).toContain("날짜 미상 1건은 그림에 없음");
    expect(document.querySelectorAll("[aria-hidden='true'] title, .chart-swatch title")).toHaveLength(0);
  });

  test("the table has the bars' figures: each period's counts per series, the undated, the totals", () => {
    const bars = new Map<string, number[]>();
    for (const g of document.querySelectorAll("svg.chart-plot g[data-period]")) {
      const counts = chart.series.map(() => 0);
      for (const rect of g.querySelectorAll("rect")) {
        counts[Number(rect.getAttribute("data-series"))] = Number(rect.getAttribute("data-count"));
      }
      bars.set(g.getAttribute("data-period") ?? "", counts);
    }
    expect([...bars.keys()]).toEqual(["2021-01", "2021-02", "2021-04"]);
    const rows = [...document.querySelectorAll("table tbody tr")].map((tr) => [
      tr.querySelector("th")?.textContent,
      ...[...tr.querySelectorAll("td")].map((td) => Number(td.textContent)),
    ]);
    const periodLabel = { "2021-01": "2021년 1월", "2021-02": "2021년 2월", "2021-04": "2021년 4월" };
    expect(rows).toEqual([
      ...[...bars].map(([key, counts]) => [
        periodLabel[key as keyof typeof periodLabel],
        ...counts,
        counts.reduce((a, b) => a + b, 0),
      ]),
      ["날짜 미상", 1, 0, 0, 1],
    ]);
    const headings = [...document.querySelectorAll("table thead th")].map((th) => th.textContent?.trim());
    expect(headings).toEqual(["월", "주제 b", "주제 a", "주제 없음", "합계"]);
    const totals = [...document.querySelectorAll("table tfoot td")].map((td) => Number(td.textContent));
    expect(totals).toEqual([4, 2, 1, 7]);
  });

  test("bars stand on the baseline, stacked in the series' order, their heights in proportion on the scale", () => {
    const { top } = scaleFor(4);
    const february = [...document.querySelectorAll("g[data-period='2021-02'] rect")];
    expect(february.map((r) => r.getAttribute("data-series"))).toEqual(["0", "1"]);
    const heights = february.map((r) => Number(r.getAttribute("height")));
    expect(heights[0]).toBeCloseTo((3 / top) * 140, 1);
    expect(heights[1]).toBeCloseTo((1 / top) * 140, 1);
    const ys = february.map((r) => Number(r.getAttribute("y")));
    expect((ys[0] ?? 0) + (heights[0] ?? 0)).toBeCloseTo(154, 1);
    expect((ys[1] ?? 0) + (heights[1] ?? 0)).toBeCloseTo(ys[0] ?? 0, 1);
    expect(document.querySelector("g[data-period='2021-03']")).toBeNull();
  });

  test("the legend names each series with its count and a swatch of its pattern; the note says what is left out", () => {
    const legend = [...document.querySelectorAll(".chart-legend li")].map((li) => li.textContent?.trim());
    expect(legend).toEqual(["주제 b 4건", "주제 a 2건", "주제 없음 1건"]);
    const fills = [...document.querySelectorAll(".chart-legend rect")].map((r) => r.getAttribute("fill"));
    expect(fills).toEqual(["url(#c-s1)", "url(#c-s2)", "url(#c-none)"]);
    for (const fill of fills)
      expect(document.getElementById(fill?.slice(5, -1) ?? "")?.tagName.toLowerCase()).toBe("pattern");
    expect(document.querySelector(".chart-note")?.textContent).toBe(
      "날짜 미상 1건은 그림에 없고 표에 있습니다. 한 번만 셉니다.",
    );
  });

  test("the scale: 1, 2 or 5 × 10ⁿ steps, at most four, the top at or above the largest bar", () => {
    expect(scaleFor(1)).toEqual({ step: 1, top: 1 });
    expect(scaleFor(4)).toEqual({ step: 1, top: 4 });
    expect(scaleFor(5)).toEqual({ step: 2, top: 6 });
    expect(scaleFor(37)).toEqual({ step: 10, top: 40 });
    expect(scaleFor(41)).toEqual({ step: 20, top: 60 });
  });
});

describe("the pages", () => {
  const quote = (id: string, published: string | null, speaker: string, topics: string[]): Quote =>
    ({
      id: `a1--${id}`,
      text: `시민과 함께 가겠습니다 ${id}`,
      speaker,
      speakerName: speaker === "lee" ? "이용섭" : "강기정",
      article: "a1",
      published,
      kind: "body",
      level: "certain",
      topics,
    }) as Quote;
  const quotes = [
    quote("q3", "2022-07-01T10:00:00+09:00", "kang", ["integrity"]),
    quote("q2", "2022-06-30T10:00:00+09:00", "lee", ["integrity"]),
    quote("q1", "2013-03-04", "lee", []),
    quote("q0", null, "lee", ["integrity"]),
  ];
  const speakers = [
    { id: "kang", name: "강기정", aliases: [], roles: [] },
    {
      id: "lee",
      name: "이용섭",
      aliases: [],
      roles: [
        { title: "국회의원", organisation: "대한민국 국회", from: "2008-05", to: "2014" },
        { title: "광주광역시장", organisation: "광주광역시", from: "2018-07-01", to: "2022-06-30" },
      ],
    },
  ];
  const topics = [{ id: "integrity", label: "청렴행정", keywords: [] }];
  const article = { id: "a1", title: "광주시 업무보고", outlet: null, published: null, year: null };
  const site = {
    siteConfig: PLACEHOLDER_SITE,
    speakers,
    topics,
    speaker: new Map(speakers.map((s) => [s.id, s])),
    topic: new Map(topics.map((t) => [t.id, t])),
    article: new Map([["a1", article]]),
    quotesBySpeaker: new Map([["lee", quotes.filter((q) => q.speaker === "lee")]]),
    quotesByTopic: new Map([["integrity", quotes.filter((q) => q.topics.includes("integrity"))]]),
    articlesBySpeaker: new Map(),
    articlesByTopic: new Map([["integrity", [article]]]),
    policiesByTopic: new Map(),
  } as unknown as SiteIndex;

  test("a speaker's cards say the office held on the quote's day; the chart counts the quotes the page lists", () => {
    const model = speakerPages(site).find((p) => p.url === "/speakers/lee/")?.props;
    expect(model?.page.items.map((item) => item.quote.role)).toEqual(["당시 광주광역시장", "당시 국회의원", undefined]);
    expect(model?.chart?.total).toBe(3);
    expect(model?.chart?.unit).toBe("year");
    const main = model ? speakerPage(model, "https://x.example/").main.html : "";
    expect(main).toContain('<span class="quote-role">당시 광주광역시장</span>');
    const listed = quotes[1];
    if (!listed) throw new Error("a quote of 이용섭");
    expect(quoteCard(listed).role).toBeUndefined(); // the card other lists share has no role
    expect(quoteListHtml([{ quote: quoteCard(listed) }])).not.toContain("quote-role");
    expect(main).toContain('<h2 id="chart-title">시기별 발언</h2>');
    expect(main).toContain('role="img"');
  });

  test("only a list's first page has the chart", () => {
    const many = Array.from({ length: 60 }, (_, i) => quote(`m${i}`, "2020-05-05", "lee", []));
    const big = { ...site, quotesBySpeaker: new Map([["lee", many]]) } as SiteIndex;
    const pages = speakerPages(big)
      .filter((p) => p.params["id"] === "lee")
      .map((p) => p.props);
    expect(pages.map((p) => p.chart?.total)).toEqual([60, undefined]);
    expect("chart" in (pages[1] ?? {})).toBe(false);
    expect(speakerPage(pages[1] as never, "https://x.example/").main.html).not.toContain("chart-title");
  });

  test("a topic's first page charts its quotes by speaker", () => {
    const model = topicPages(site)[0]?.props;
    expect(model?.chart?.series.map((s) => [s.label, s.total])).toEqual([
      ["이용섭", 2],
      ["강기정", 1],
    ]);
    expect(model ? topicPage(model).main.html : "").toContain('<h2 id="chart-title">누가 언제 말했나</h2>');
  });

  test("the pages are valid HTML with the chart in them", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-trailing-whitespace": "off", "valid-id": ["error", { relaxed: true }] },
    });
    const context = { site: PLACEHOLDER_SITE, stylesheet: "/_site/site.css" };
    const speaker = speakerPages(site).find((p) => p.url === "/speakers/lee/");
    const topic = topicPages(site)[0];
    if (!speaker || !topic) throw new Error("a speaker page and a topic page");
    for (const [url, page] of [
      [speaker.url, speakerPage(speaker.props, "https://x.example/")],
      [topic.url, topicPage(topic.props)],
    ] as const) {
      const report = await validator.validateString(documentHtml(documentParts(page, url, context)), url);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`));
      expect(messages).toEqual([]);
    }
  });
});
