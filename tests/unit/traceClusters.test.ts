import { describe, expect, test } from "vitest";
import { clusterId, clusterOfQuote, clusterQuotes, type ClusterInput } from "../../src/lib/trace/clusters.ts";

const RELEASE =
  "올해는 청년 일자리 예산을 두 배로 늘려 지역 기업과 함께 새 일자리를 만들겠다. 시민 여러분의 관심을 부탁드린다";
const OTHER = "하천 정비 사업은 주민 안전을 위해 장마 전에 모두 마무리하겠다";

/** Invented articles: one release reported by three outlets on different days, with small edits. */
const ARTICLES: Record<string, { published: string | null; outlet: string }> = {
  "a-first": { published: "2024-03-04T09:00:00+09:00", outlet: "광주일보" },
  "b-reprint": { published: "2024-03-04T15:30:00+09:00", outlet: "뉴시스" },
  "c-later": { published: "2024-03-09T10:00:00+09:00", outlet: "무등일보" },
  "d-years": { published: "2026-05-01T10:00:00+09:00", outlet: "남도일보" },
  "e-other": { published: "2024-03-05T10:00:00+09:00", outlet: "전남일보" },
  "f-short": { published: "2024-03-05T11:00:00+09:00", outlet: "프레시안" },
};
const articleOf = (id: string) => ARTICLES[id];

const quote = (article: string, n: number, text: string, speaker: string | null = "kim-min-su"): ClusterInput => ({
  id: `${article}--q${n}`,
  article,
  speaker,
  text,
});

const QUOTES: ClusterInput[] = [
  // Later reports first, so order of input does not decide the first report.
  quote("c-later", 1, "올해는 청년 일자리 예산을 두 배로 늘려 지역 기업과 함께 새 일자리를 만들겠다"), // sentence cut
  quote(
    "b-reprint",
    1,
    "올해는 청년일자리 예산을 두배로 늘려 지역기업과 함께 새 일자리를 만들겠다. 시민 여러분의 관심을 부탁드린다",
  ),
  quote("a-first", 1, RELEASE),
  quote("a-first", 2, "감사합니다"),
  quote("b-reprint", 2, "감사합니다"),
  quote("d-years", 1, RELEASE), // the same words two years later: another occasion
  quote("e-other", 1, RELEASE.replace("청년", "어르신"), "lee-ji-eun"), // another speaker
  quote("e-other", 2, OTHER),
  quote("f-short", 1, OTHER.replace("장마 전에", "올해 안에")), // a near miss: other words
  quote("f-short", 4, "감사합니다"), // brief, in an article that reprints nothing
];

describe("clusterQuotes", () => {
  const clusters = clusterQuotes(QUOTES, articleOf);

  test("groups the reports of one release (spacing changed, a sentence cut), first report first", () => {
    const [cluster] = clusters;
    expect(cluster?.first).toBe("a-first--q1");
    expect(cluster?.id).toBe(clusterId("a-first--q1"));
    expect(cluster?.members.map((m) => m.quote)).toEqual(["a-first--q1", "b-reprint--q1", "c-later--q1"]);
    expect(cluster?.members.map((m) => m.outlet)).toEqual(["광주일보", "뉴시스", "무등일보"]);
  });

  test("a brief quote joins only the same words in an article that reports the same event", () => {
    expect(clusters).toHaveLength(2);
    expect(clusters[1]?.members.map((m) => m.quote)).toEqual(["a-first--q2", "b-reprint--q2"]);
    expect(clusterOfQuote(clusters).has("f-short--q4")).toBe(false);
  });

  test("another speaker, another year and a near miss stay out", () => {
    const clustered = clusterOfQuote(clusters);
    for (const id of ["d-years--q1", "e-other--q1", "e-other--q2", "f-short--q1"])
      expect(clustered.has(id), id).toBe(false);
  });

  test("an unknown speaker may join, but does not glue two known speakers", () => {
    const withUnknown = [...QUOTES, quote("f-short", 2, RELEASE, null)];
    const [cluster] = clusterQuotes(withUnknown, articleOf);
    expect(cluster?.members.map((m) => m.quote)).toContain("f-short--q2");
    expect(cluster?.members.map((m) => m.quote)).not.toContain("e-other--q1");
  });

  test("the output does not depend on the input order", () => {
    expect(clusterQuotes([...QUOTES].reverse(), articleOf)).toEqual(clusters);
  });

  test("an earlier report added later becomes the first and gives the id", () => {
    const earlier: typeof ARTICLES = {
      ...ARTICLES,
      "z-earliest": { published: "2024-03-03T20:00:00+09:00", outlet: "연합뉴스" },
    };
    const [cluster] = clusterQuotes([...QUOTES, quote("z-earliest", 1, RELEASE)], (id) => earlier[id]);
    expect(cluster?.first).toBe("z-earliest--q1");
    expect(cluster?.id).toBe(clusterId("z-earliest--q1"));
    expect(cluster?.id).not.toBe(clusters[0]?.id);
  });

  test("a headline quote is not clustered", () => {
    const headline: ClusterInput = { ...quote("f-short", 3, RELEASE), kind: "headline" };
    const [cluster] = clusterQuotes([...QUOTES, headline], articleOf);
    expect(cluster?.members.map((m) => m.quote)).not.toContain("f-short--q3");
  });
});

/** Invented articles a few days apart (and one undated), each with its own outlet. */
const DAYS: Record<string, { published: string | null; outlet: string }> = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `d${i}`,
    { published: `2023-05-${String(i + 1).padStart(2, "0")}T10:00:00+09:00`, outlet: `신문${i}` },
  ]),
);
DAYS["undated"] = { published: null, outlet: "신문99" };
const dayOf = (id: string) => DAYS[id];
/** Cluster member ids, each cluster's sorted, clusters in order. */
const membersOf = (quotes: ClusterInput[]): string[][] =>
  clusterQuotes(quotes, dayOf).map((c) => c.members.map((m) => m.quote).sort());

describe("clusterQuotes: the same words, read as a reader would", () => {
  // Said by three speakers, so a stock phrase: sharing it alone says nothing.
  const STOCK = "현장에 답이 있고 시민의 목소리에 길이 있다";
  const stockSayers = [
    quote("d0", 1, STOCK, "speaker-a"),
    quote("d1", 1, STOCK, "speaker-b"),
    quote("d2", 1, STOCK, "speaker-c"),
  ];

  test("one person's quote of stock phrases repeated whole within the window is one statement", () => {
    const again = [quote("d3", 1, STOCK, "kim"), quote("d6", 1, STOCK, "kim")];
    expect(membersOf([...stockSayers, ...again])).toEqual([["d3--q1", "d6--q1"]]);
  });

  test("but not an unknown speaker's, nor an undated one's, nor a part of a longer quote", () => {
    const quotes = [
      ...stockSayers,
      quote("d3", 1, STOCK, "kim"),
      quote("d4", 1, STOCK, null),
      quote("undated", 1, STOCK, "kim"),
      quote("d5", 1, `${STOCK}. 올해 예산을 어디에 쓸지 시민과 함께 정하겠다`, "kim"),
    ];
    expect(membersOf(quotes)).toEqual([]);
  });

  test("a slogan said again whole by one speaker joins; a word of thanks does not", () => {
    const quotes = [
      quote("d1", 1, "신뢰와 연대의 힘으로 함께 열어가자"),
      quote("d4", 1, "신뢰와 연대의힘으로 함께 열어가자"), // respaced
      quote("d2", 2, "감사합니다 여러분"),
      quote("d5", 2, "감사합니다 여러분"),
    ];
    expect(membersOf(quotes)).toEqual([["d1--q1", "d4--q1"]]);
  });

  test("a word respaced so that a particle moves (클라우드는따로) is the same word", () => {
    const quotes = [
      quote("d1", 1, "직급체계와 클라우드는 따로 갈 수 없는 문제라고 본다"),
      quote("d3", 1, "직급체계와 클라우드는따로 갈 수 없는 문제라고 본다"),
      quote("d5", 1, "직급 체계와 클라우드는 따로 갈수 없는 문제라고 본다"),
    ];
    expect(membersOf(quotes)).toEqual([["d1--q1", "d3--q1", "d5--q1"]]);
  });

  test("a dropped word joins; a replaced word (a near miss) does not, however long the quote", () => {
    const long =
      "올해는 청년 일자리 예산을 크게 늘려 지역 기업과 함께 새 일자리를 만들고, 창업 공간도 구마다 하나씩 새로 열어 젊은 사람들이 떠나지 않는 도시를 만들겠다";
    const quotes = [
      quote("d1", 1, long),
      quote("d3", 1, long.replace("크게 ", "")),
      quote("d5", 1, long.replace("창업 공간", "문화 공간")),
    ];
    expect(membersOf(quotes)).toEqual([["d1--q1", "d3--q1"]]);
  });

  test("a person outside the registry is known by name: two names are two people, no name is anyone", () => {
    const words = "하천 정비 사업은 주민 안전을 위해 장마 전에 모두 마무리해야 한다";
    const named = (article: string, name: string | null, source: string): ClusterInput => ({
      ...quote(article, 1, words, null),
      speakerName: name,
      source,
    });
    expect(membersOf([named("d1", "박영호 교수", "person"), named("d3", "최민지 교수", "person")])).toEqual([]);
    expect(membersOf([named("d1", "박영호 교수", "person"), named("d3", "박영호  교수", "person")])).toEqual([
      ["d1--q1", "d3--q1"],
    ]);
    expect(membersOf([named("d1", "박영호 교수", "person"), named("d3", "시 관계자", "anonymous")])).toEqual([
      ["d1--q1", "d3--q1"],
    ]);
  });

  test("two articles with two quotes of the same wording are one event: their brief quotes join too", () => {
    const quotes = [
      quote("d1", 1, "감사합니다", null),
      quote("d1", 2, "최선을 다하겠다", null),
      quote("d2", 1, "감사합니다", null),
      quote("d2", 2, "최선을 다하겠다", null),
      quote("d4", 1, "감사합니다", null), // one same wording only: no evidence of one event
    ];
    expect(membersOf(quotes)).toEqual([
      ["d1--q1", "d2--q1"],
      ["d1--q2", "d2--q2"],
    ]);
  });

  test("a report of the whole quote joins it before a stock sentence of the same article does", () => {
    const whole = `${STOCK}. 주먹구구식 탁상행정이 되지 않도록 성과평가 점검을 강화해 달라`;
    const quotes = [
      ...stockSayers,
      quote("d5", 1, whole, "kim"),
      quote("d7", 1, STOCK, "kim"), // the stock sentence alone, in the article that reports the whole
      quote("d7", 2, whole.replace("성과평가 ", ""), "kim"), // the whole, a word dropped
    ];
    expect(membersOf(quotes)).toEqual([["d5--q1", "d7--q2"]]);
  });
});
