import { describe, expect, test } from "vitest";
import { buildArchive, type ArchiveSources } from "../../src/lib/archive/buildArchive.ts";
import { ContentError, type ContentProblem } from "../../src/lib/errors.ts";

const speakers = `- id: lee-yong-seop\n  name: 이용섭\n  aliases: [이용섭 시장, 이 시장]\n`;
const topics = `- id: integrity\n  label: 청렴행정\n- id: welfare\n  label: 복지\n`;

function article(path: string, fields: string, body = "본문.\n"): { path: string; text: string } {
  return { path, text: `---\ntitle: 제목\noutlet: 테스트일보\n${fields}---\n\n${body}` };
}

function sources(articles: ArchiveSources["articles"], overrides: Partial<ArchiveSources> = {}): ArchiveSources {
  return {
    speakers: { path: "speakers.yaml", text: speakers },
    topics: { path: "topics.yaml", text: topics },
    articles,
    ...overrides,
  };
}

function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a ContentError");
}

test("orders articles newest first, undated ones at the start of their year, ties by id", () => {
  const archive = buildArchive(
    sources([
      article("articles/2019/b-old.md", "published: 2019-01-02T09:00:00+09:00\n"),
      article("articles/2021/z-undated.md", "published: null\ndateNote: 게재일 미상\n"),
      article("articles/2021/a-dated.md", "published: 2021-01-05T09:00:00+09:00\n"),
      article("articles/2019/a-same-time.md", "published: 2019-01-02T09:00:00+09:00\n"),
    ]),
  );
  expect(archive.articles.map((a) => a.id)).toEqual(["a-dated", "z-undated", "a-same-time", "b-old"]);
});

test("resolves policy items with their article and date", () => {
  const archive = buildArchive(
    sources([
      article(
        "articles/2019/report.md",
        "published: 2019-10-02T18:24:00+09:00\npolicies:\n  - id: smart-factory\n    title: 스마트공장 재정투자 확대\n    topics: [welfare]\n    figures:\n      - { label: 재정투자, from: 5억원, to: 40억원 }\n",
      ),
    ]),
  );
  expect(archive.policies).toEqual([
    expect.objectContaining({
      id: "smart-factory",
      article: "report",
      published: "2019-10-02T18:24:00+09:00",
      figures: [{ label: "재정투자", from: "5억원", to: "40억원" }],
    }),
  ]);
});

describe("cross-checks report every problem at once, with file, line and field", () => {
  test.each([
    [
      "an unknown speaker and an unknown topic",
      sources([
        article(
          "articles/2019/a.md",
          "published: 2019-01-01\nspeakers: [lee-yong-seop, kim-cheol-su]\ntopics: [integrity, economy]\n",
        ),
      ]),
      [
        { file: "articles/2019/a.md", line: 5, field: "speakers.1", message: "unknown speaker id `kim-cheol-su`" },
        { file: "articles/2019/a.md", line: 6, field: "topics.1", message: "unknown topic id `economy`" },
      ],
    ],
    [
      "the same article id in two year folders",
      sources([
        article("articles/2019/same.md", "published: 2019-01-01\n"),
        article("articles/2020/same.md", "published: 2020-01-01\n"),
      ]),
      [{ file: "articles/2020/same.md", message: "article id `same` is also used by articles/2019/same.md" }],
    ],
    [
      "a policy id used by two articles",
      sources([
        article("articles/2019/a.md", "published: 2019-01-01\npolicies:\n  - { id: p, title: 하나 }\n"),
        article("articles/2019/b.md", "published: 2019-01-02\npolicies:\n  - { id: p, title: 둘 }\n"),
      ]),
      [
        {
          file: "articles/2019/b.md",
          line: 6,
          field: "policies.0.id",
          message: "policy id `p` is also used in articles/2019/a.md",
        },
      ],
    ],
    [
      "a broken registry and a broken article together",
      sources([article("articles/2019/a.md", "published: 2019-02-30\n")], {
        topics: { path: "topics.yaml", text: "- id: integrity\n- id: integrity\n  label: 청렴\n" },
      }),
      [
        { file: "topics.yaml", line: 1, field: "0.label", message: "required field `0.label` is missing" },
        { file: "articles/2019/a.md", line: 4, field: "published", message: "`published`: 2019-02 has no day 30" },
      ],
    ],
    [
      "a speaker registry that is not a list",
      sources([], { speakers: { path: "speakers.yaml", text: "id: lee\nname: 이\n" } }),
      [{ file: "speakers.yaml", line: 1, message: "the file must be a YAML list of entries" }],
    ],
  ])("%s", (_name, input, expected) => {
    const problems = problemsOf(() => buildArchive(input));
    expect(problems).toEqual(expected.map((p) => expect.objectContaining({ ...p, severity: "error" })));
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(10);
  });
});

test("an unexpected (non-content) error is not swallowed", () => {
  const broken = sources([{ path: "articles/2019/a.md", text: undefined as unknown as string }]);
  expect(() => buildArchive(broken)).toThrow(TypeError);
});

describe("quote ids are stable", () => {
  const body = "강 시장은 “첫째 발언이다”고 말했다.\n\n이어 “둘째 발언이다”고 말했다.\n";
  const speakersWithKang = {
    path: "speakers.yaml",
    text: `${speakers}- id: kang\n  name: 강기정\n  aliases: [강 시장]\n`,
  };
  const idsOf = (articles: ArchiveSources["articles"]) =>
    new Map(buildArchive(sources(articles, { speakers: speakersWithKang })).quotes.map((q) => [q.text, q.id]));

  test("adding a quote to the article, or another article, leaves existing ids alone", () => {
    const before = idsOf([article("articles/2019/a.md", "published: 2019-01-01\n", body)]);
    const after = idsOf([
      article(
        "articles/2019/a.md",
        "published: 2019-01-01\n",
        `강 시장은 “새로 앞에 넣은 발언이다”고 말했다.\n\n${body}`,
      ),
      article("articles/2019/b.md", "published: 2019-01-02\n", "강 시장은 “다른 기사의 발언이다”고 말했다.\n"),
    ]);
    expect(after.get("첫째 발언이다")).toBe(before.get("첫째 발언이다"));
    expect(after.get("둘째 발언이다")).toBe(before.get("둘째 발언이다"));
    expect(after.size).toBe(4);
  });

  test("the same words twice in one article get distinct ids", () => {
    const archive = buildArchive(
      sources([
        article(
          "articles/2019/a.md",
          "published: 2019-01-01\n",
          "이 시장은 “같은 말”이라고 했다.\n\n이어 “같은 말”이라고 했다.\n",
        ),
      ]),
    );
    const ids = archive.quotes.map((q) => q.id);
    expect(new Set(ids).size).toBe(2);
  });
});

test("a file over the size cap is refused with its size", () => {
  const huge = article("articles/2019/huge.md", "published: 2019-01-01\n", `${"가".repeat(1_000_001)}\n`);
  expect(problemsOf(() => buildArchive(sources([huge])))).toEqual([
    expect.objectContaining({
      file: "articles/2019/huge.md",
      line: 1,
      message: expect.stringContaining("over the 1000k cap"),
    }),
  ]);
});
