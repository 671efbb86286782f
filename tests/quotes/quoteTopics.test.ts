// A quote is filed under the topics its own words support, not every topic of its article.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { fileQuoteTopics, topicMatcher } from "../../src/lib/quotes/quoteTopics.ts";
import type { Quote } from "../../src/lib/schemas/quote.ts";
import { quoteRecord } from "../support/quoteRecord.ts";
import { ContentError } from "../../src/lib/errors.ts";

const TOPICS = [
  { id: "integrity", label: "청렴행정", keywords: ["청렴", "부패"], notKeywords: [] },
  { id: "welfare", label: "복지", keywords: ["돌봄"], notKeywords: ["복지부동"] },
  { id: "ai", label: "인공지능", keywords: ["AI"], notKeywords: [] },
  { id: "covid", label: "코로나19 방역", keywords: ["방역"], notKeywords: [] },
];
const match = topicMatcher(TOPICS);

describe("topicMatcher", () => {
  test.each([
    ["청렴도 평가를 높이겠다", ["integrity"]],
    ["청렴 행정을 펴겠다", ["integrity"]], // the label with a space the text puts in
    ["ai 산업을 키우겠다", ["ai"]], // Latin keywords in any case
    ["복지부동은 용납하지 않겠다", []], // 복지부동 holds 복지 but is not about welfare
    ["복지부동을 버리고 복지를 넓히겠다", ["welfare"]],
    ["코로나19방역에 힘쓰겠다", ["covid"]],
    ["부패를 막고 돌봄을 넓히겠다", ["integrity", "welfare"]],
    ["돌봄을 넓히고 부패를 막겠다", ["integrity", "welfare"]], // registry order, not the text's
    ["복지부동 없는 복지", ["welfare"]], // a keyword after a notKeyword still counts
    ["시민의 목소리를 듣겠다", []],
  ])("%s → %j", (text, ids) => {
    expect(match(text)).toEqual(ids);
  });

  test("NFD text is matched like NFC", () => {
    expect(match("청렴이 먼저다".normalize("NFD"))).toEqual(["integrity"]);
  });
});

const quote = (text: string, context: string, extra: Partial<Quote> = {}): Quote =>
  quoteRecord({ id: `a--${text.length}`, text, article: "a", context, ...extra });

describe("fileQuoteTopics", () => {
  const articles = new Map([["a", { topics: ["covid", "welfare"] }]]);
  const policies = new Map([["p", { topics: ["welfare"] }]]);
  const file = (q: Quote): Pick<Quote, "topics" | "topicBasis"> => {
    const [filed] = fileQuoteTopics([q], articles, policies, match);
    return { topics: filed?.topics ?? [], topicBasis: filed?.topicBasis ?? "article" };
  };

  test("its own words win over its sentence and its article", () => {
    expect(file(quote("청렴이 먼저다", "시장은 “청렴이 먼저다”라며 방역도 챙기라고 말했다."))).toEqual({
      topics: ["integrity"],
      topicBasis: "own",
    });
  });
  test("the sentence counts when the words match nothing", () => {
    expect(file(quote("끝까지 챙기겠다", "시장은 방역에 대해 “끝까지 챙기겠다”고 말했다."))).toEqual({
      topics: ["covid"],
      topicBasis: "own",
    });
  });
  test("a policy item it speaks of lends its topics", () => {
    expect(file(quote("청렴이 먼저다", "", { policies: ["p"] }))).toEqual({
      topics: ["integrity", "welfare"],
      topicBasis: "own",
    });
  });
  test("nothing matches: the article's topics, and the basis says so", () => {
    expect(file(quote("고맙습니다", "시장은 “고맙습니다”라고 말했다."))).toEqual({
      topics: ["covid", "welfare"],
      topicBasis: "article",
    });
  });
  test("an editor's choice is kept", () => {
    expect(file(quote("청렴이 먼저다", "", { topics: ["ai"], topicBasis: "editor" }))).toEqual({
      topics: ["ai"],
      topicBasis: "editor",
    });
  });
});

describe("the shipped archive", () => {
  const archive = loadArchive(path.resolve("content"));
  const quotes2019 = archive.quotes.filter((q) => q.article === "2019-10-02-innovation-committee-report");

  test("the 2019 article's quotes are under the topics their words support, not all six of the article's", () => {
    expect(quotes2019.length).toBe(4);
    for (const q of quotes2019) {
      expect(q.topicBasis).toBe("own");
      expect(q.topics).toContain("administrative-innovation");
      expect(q.topics).not.toContain("welfare");
      expect(q.topics).not.toContain("culture-arts");
    }
    const byCommunication = quotes2019.filter((q) => q.topics.includes("communication")).map((q) => q.text);
    expect(byCommunication).toEqual([expect.stringContaining("시민과의 소통을 통한 혁신")]);
  });

  test("`복지부동` does not file a quote under 복지", () => {
    const q = archive.quotes.find((x) => x.text.includes("복지부동"));
    expect(q?.topics).not.toContain("welfare");
    expect(q?.topics).toContain("personnel");
  });
});

describe("an editor's `quotes: topics:`", () => {
  const registry = {
    speakers: { path: "speakers.yaml", text: "[]\n" },
    topics: {
      path: "topics.yaml",
      text: "- id: integrity\n  label: 청렴행정\n- id: covid\n  label: 코로나19 방역\n  keywords: [방역]\n",
    },
  };
  const article = (quotesYaml: string): { path: string; text: string } => ({
    path: "articles/2021/a.md",
    text: `---\ntitle: 시장 새해 당부\npublished: 2021-01-04T10:00:00+09:00\noutlet: 광주일보\ntopics: [covid]\n${quotesYaml}---\n\n홍길동 시장은 “방역수칙을 지켜 달라”고 말했다.\n`,
  });

  test("files the quote under the topics it names, basis editor", () => {
    const archive = buildArchive({
      ...registry,
      articles: [article("quotes:\n  topics:\n    - match: 방역수칙\n      topics: [integrity]\n")],
    });
    expect(archive.quotes.map((q) => [q.topics, q.topicBasis])).toEqual([[["integrity"], "editor"]]);
  });

  test.each([
    ["a piece that matches no quote", "    - match: 없는 말\n      topics: [integrity]\n", "quotes.topics.0.match"],
    ["an unknown topic id", "    - match: 방역수칙\n      topics: [nope]\n", "quotes.topics.0.topics.0"],
  ])("%s is an error naming the field", (_name, entry, field) => {
    let error: unknown;
    try {
      buildArchive({ ...registry, articles: [article(`quotes:\n  topics:\n${entry}`)] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => p.field)).toContain(field);
  });
});
