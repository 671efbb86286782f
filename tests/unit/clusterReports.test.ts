// The same words in several articles: the build gives them one cluster id, and each quote page
// lists every report, the first by published time first, with the words that differ marked.
import { describe, expect, test } from "vitest";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";
import { quotePageModel } from "../../src/lib/site/pageModels/quotePage.ts";
import { quotePage } from "../../src/lib/site/html/quotePage.ts";

const speakers = {
  path: "speakers.yaml",
  text: "- id: hong-gil-dong\n  name: 홍길동\n  aliases: [홍길동 시장, 홍 시장]\n  roles:\n    - title: 예시시장\n      organisation: 예시시\n      from: 2022-07-01\n",
};
const topics = { path: "topics.yaml", text: "- id: transport\n  label: 교통\n" };
// Each article's second quote is its own: the same words from one speaker within days would be one statement.
const ASIDES: Record<string, string> = {
  later: "정류장 안내판도 함께 바꾸겠다",
  first: "환승 요금은 그대로 두겠다",
  other: "공사 중 불편을 줄이겠다",
};
const article = (id: string, year: number, published: string, outlet: string, words: string) => ({
  path: `articles/${year}/${id}.md`,
  text: `---\ntitle: 예시시 버스 노선 개편\npublished: ${published}\noutlet: ${outlet}\nspeakers: [hong-gil-dong]\ntopics: [transport]\n---\n\n홍길동 시장은 “${words}”고 말했다.\n\n홍 시장은 “${ASIDES[id]}”고 덧붙였다.\n`,
});

const archive = buildArchive({
  speakers,
  topics,
  articles: [
    article(
      "later",
      2023,
      "2023-03-07T09:00:00+09:00",
      "광주일보",
      "시내버스 노선을 시민 눈높이에 맞춰 올해 안에 반드시 전면 개편하겠다",
    ),
    article(
      "first",
      2023,
      "2023-03-06T18:00:00+09:00",
      "무등일보",
      "시내버스 노선을 시민의 눈높이에 맞춰 올해 안에 전면 개편하겠다",
    ),
    article("other", 2023, "2023-03-06T20:00:00+09:00", "남도일보", "지하철 2호선 공사를 올해 안에 마무리하겠다"),
  ],
});

describe("statement clusters in the build", () => {
  const bus = archive.quotes.filter((q) => q.text.startsWith("시내버스"));
  test("the two reports of the same words share one cluster id; other quotes have none", () => {
    expect(bus).toHaveLength(2);
    expect(bus[0]?.cluster).toMatch(/^s-[0-9a-z]+$/u);
    expect(bus[0]?.cluster).toBe(bus[1]?.cluster);
    expect(archive.quotes.filter((q) => !q.text.startsWith("시내버스")).map((q) => q.cluster)).toEqual(
      archive.quotes.filter((q) => !q.text.startsWith("시내버스")).map(() => null),
    );
  });

  test("a quote page lists every report, the earliest first, with the words that differ marked", () => {
    const site = siteIndexOf(archive);
    const later = bus.find((q) => q.article === "later");
    if (!later) throw new Error("no quote in the later article");
    const model = quotePageModel(site, later);
    expect(model.cluster.map((r) => [r.articleId, r.first, r.current])).toEqual([
      ["first", true, false],
      ["later", false, true],
    ]);
    // The other article's report is in the cluster's list, not again under the speaker's other quotes.
    expect(model.more.map((m) => m.quote.id)).not.toContain(bus.find((q) => q.article === "first")?.id);
    expect(model.more.length).toBeGreaterThan(0);
    const main = quotePage(model, "https://archive.example").main.html;
    expect(main).toContain("같은 말, 여러 보도 (2건)");
    expect(main).toContain("처음 보도: 무등일보, 2023년 3월 6일 18:00");
    expect(main).toMatch(
      /<mark>[^<]*전면 개편하겠다<\/mark>|<mark>전면 개편하겠다<\/mark>|<mark>[^<]*전면[^<]*<\/mark>/u,
    );
    const firstQuote = bus.find((q) => q.article === "first");
    expect(main).toContain(`href="/quotes/${firstQuote?.id}/"`);
  });
});
