import { describe, expect, test } from "vitest";
import type { ZodTypeAny } from "zod";
import { articleFrontMatterSchema } from "../../src/lib/schemas/article.ts";
import { policyInputSchema } from "../../src/lib/schemas/policy.ts";
import { quoteSchema } from "../../src/lib/schemas/quote.ts";
import { speakerSchema } from "../../src/lib/schemas/speaker.ts";
import { topicSchema } from "../../src/lib/schemas/topic.ts";

type Row = [name: string, value: unknown, field?: string];

function accepts(schema: ZodTypeAny, rows: Row[]): void {
  test.each(rows)("accepts %s", (_name, value) => {
    const result = schema.safeParse(value);
    expect(result.success ? null : result.error.issues).toBeNull();
  });
}

function rejects(schema: ZodTypeAny, rows: Row[]): void {
  test.each(rows)("rejects %s", (_name, value, field) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(
        result.error.issues.map((i) => i.path.join(".") || (i.code === "unrecognized_keys" ? i.keys.join() : "")),
      ).toContain(field);
  });
}

const article = { title: "이용섭 광주시장, 보고회 주재", published: "2019-10-02T18:24:00+09:00", outlet: "광주N광주" };

describe("article front matter", () => {
  accepts(articleFrontMatterSchema, [
    ["the minimum", article],
    ["a time without offset (KST)", { ...article, published: "2019-10-02 18:24" }],
    ["an undated article with a note", { ...article, published: null, dateNote: "원문에 게재일 없음" }],
    [
      "every optional field",
      {
        ...article,
        deck: ["요약"],
        reporter: "노현서",
        url: "https://news.example/1",
        retrieved: "2024-05-01",
        speakers: ["lee-yong-seop"],
        topics: ["integrity"],
        notes: ["편집자 주"],
        quotes: { exclude: ["광주의 시간"] },
      },
    ],
  ]);
  rejects(articleFrontMatterSchema, [
    ["a missing title", { ...article, title: undefined }, "title"],
    ["an empty title", { ...article, title: "  " }, "title"],
    ["a missing published", { ...article, published: undefined }, "published"],
    ["an impossible date", { ...article, published: "2019-02-30T09:00:00+09:00" }, "published"],
    ["a dotted Korean date", { ...article, published: "2019.10.02 18:24" }, "published"],
    ["null published without dateNote", { ...article, published: null }, "dateNote"],
    ["a relative url", { ...article, url: "/news/1" }, "url"],
    ["an upper-case speaker id", { ...article, speakers: ["Lee"] }, "speakers.0"],
    ["an unknown field", { ...article, publised: "2019-10-02" }, "publised"],
    ["a number as title", { ...article, title: 2021 }, "title"],
  ]);
});

describe("speaker", () => {
  const speaker = { id: "lee-yong-seop", name: "이용섭" };
  accepts(speakerSchema, [
    ["the minimum", speaker],
    [
      "roles with partial dates (a bare year as YAML reads it)",
      {
        ...speaker,
        aliases: ["이 시장"],
        roles: [{ title: "국회의원", organisation: "국회", from: 2008, to: "2014-03" }],
      },
    ],
  ]);
  rejects(speakerSchema, [
    ["a missing name", { id: "x" }, "name"],
    ["an id with spaces", { ...speaker, id: "lee yong seop" }, "id"],
    [
      "a role date in dots",
      { ...speaker, roles: [{ title: "시장", organisation: "광주광역시", from: "2018.07.01" }] },
      "roles.0.from",
    ],
    ["an empty alias", { ...speaker, aliases: [""] }, "aliases.0"],
  ]);
});

describe("topic", () => {
  accepts(topicSchema, [["a label and description", { id: "integrity", label: "청렴행정", description: "설명" }]]);
  rejects(topicSchema, [
    ["a missing label", { id: "integrity" }, "label"],
    ["an unknown field", { id: "integrity", label: "청렴", name: "x" }, "name"],
  ]);
});

describe("policy item", () => {
  const policy = { id: "smart-factory-investment", title: "스마트공장 재정투자 확대" };
  accepts(policyInputSchema, [
    ["the minimum", policy],
    [
      "figures from and to",
      { ...policy, figures: [{ label: "재정투자", from: "5억원", to: "40억원", period: "2019 → 2020" }] },
    ],
  ]);
  rejects(policyInputSchema, [
    ["a figure without its value", { ...policy, figures: [{ label: "재정투자" }] }, "figures.0.to"],
    ["a bad id", { ...policy, id: "스마트공장" }, "id"],
  ]);
});

describe("quote", () => {
  const quote = {
    id: "2019-10-02-report--k3x9",
    text: "혁신의 성과는 시민들의 지지로부터 나온다",
    speaker: "lee-yong-seop",
    speakerName: "이용섭 시장",
    article: "2019-10-02-report",
    published: "2019-10-02T18:24:00+09:00",
    kind: "body",
    statement: "2019-10-02-report--s1",
    part: 0,
    verb: "주문했다",
    position: { line: 40, offset: 10, paragraph: 3 },
    context: "이용섭 시장은 “혁신의 성과는 시민들의 지지로부터 나온다”면서",
    origin: "extracted",
    attribution: "named",
    level: "certain",
    cue: "이용섭 시장",
    candidate: null,
    source: "person",
    policies: [],
    topics: [],
    topicBasis: "article",
    headlineMatch: null,
    cluster: null,
  };
  accepts(quoteSchema, [
    ["an attributed body quote", quote],
    ["an unregistered speaker kept by name", { ...quote, speaker: null, speakerName: "김철수 의원" }],
    ["a headline quote without a position", { ...quote, kind: "headline", position: null }],
  ]);
  rejects(quoteSchema, [
    ["empty text", { ...quote, text: "" }, "text"],
    ["an unknown kind", { ...quote, kind: "title" }, "kind"],
    ["an id without the article prefix", { ...quote, id: "k3x9" }, "id"],
    ["an unknown attribution method", { ...quote, attribution: "guessed" }, "attribution"],
    ["an unknown level", { ...quote, level: "probable" }, "level"],
    ["a quote without its level", { ...quote, level: undefined }, "level"],
    ["an unknown kind of source", { ...quote, source: "rumour" }, "source"],
  ]);
});
