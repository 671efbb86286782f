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
