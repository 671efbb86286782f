// The direct HTML of plain prose must be exactly what the unified pipeline makes of the same tree
// with the same anchors: compared on every article at hand, on a generated archive, on generated
// bodies with quotes found, missing and crossing blocks, and on the edge cases below. When it
// declines a tree, the pipeline renders it as before.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { articleUnit, unitContextOf } from "../../src/lib/archive/articleUnit.ts";
import { parseArticle, type SourceFile } from "../../src/lib/articles/parseArticle.ts";
import { outlineOf } from "../../src/lib/markdown/outline.ts";
import { parseBody } from "../../src/lib/markdown/parseBody.ts";
import { isPlainProse } from "../../src/lib/markdown/plainProse.ts";
import { plainProseHtml } from "../../src/lib/markdown/plainProseHtml.ts";
import type { QuoteAnchor } from "../../src/lib/markdown/rehypeAnchors.ts";
import { pipelineHtml, renderHtml } from "../../src/lib/markdown/renderHtml.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import { createRng } from "../../tools/synthetic/random.ts";

const file = (dir: string, name: string): SourceFile => ({
  path: name,
  text: readFileSync(path.join(dir, name), "utf8"),
});

/** The article files under a folder, each named from its `articles/` folder on, as in a content folder. */
function articlesIn(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => name.endsWith(".md") && name.includes("articles/"))
    .sort()
    .map((name) => ({ ...file(dir, name), path: name.slice(name.indexOf("articles/")) }));
}

/** Compares each article's rendered body with the pipeline's HTML; returns how many took the direct path. */
function compareArticles(files: readonly SourceFile[], speakers: SourceFile, topics: SourceFile): number {
  const context = unitContextOf(speakers, topics);
  if (!context) throw new Error("the registries do not parse");
  let direct = 0;
  let compared = 0;
  for (const source of files) {
    const unit = articleUnit(source, context);
    if (!unit.article) continue;
    compared += 1;
    const { body } = parseArticle(source);
    const anchors = { outline: unit.article.outline, quotes: unit.quotes.filter((q) => q.kind === "body") };
    expect(unit.article.html, source.path).toBe(pipelineHtml(body.tree, anchors));
    if (plainProseHtml(body.tree, anchors) !== undefined) direct += 1;
  }
  // Most files parse: a comparison that skipped them all would prove nothing.
  expect(compared).toBeGreaterThan(files.length / 2);
  return direct;
}

describe("plainProseHtml: the pipeline's HTML of plain prose, written directly", () => {
  test("every article in content/ and tests/fixtures/ renders as the pipeline renders it", () => {
    const content = path.resolve("content");
    const files = [...articlesIn(content), ...articlesIn(path.resolve("tests/fixtures"))];
    const direct = compareArticles(files, file(content, "speakers.yaml"), file(content, "topics.yaml"));
    expect(direct).toBeGreaterThan(files.length / 3);
  });

  test("every article of a generated archive renders as the pipeline renders it, most of them directly", () => {
    const archive = generateArchive({ count: 300, seed: 11 });
    const direct = compareArticles(
      archive.articles,
      { path: "speakers.yaml", text: archive.speakersYaml },
      { path: "topics.yaml", text: archive.topicsYaml },
    );
    expect(direct).toBeGreaterThan(200);
  });

  const render = (body: string, quotes: QuoteAnchor[]): { direct: string | undefined; pipeline: string } => {
    const { tree } = parseBody(body, 1);
    const anchors = { outline: outlineOf(tree), quotes };
    return { direct: plainProseHtml(tree, anchors), pipeline: pipelineHtml(tree, anchors) };
  };

  test.each([
    ["a paragraph", "가나다.", [], "<p>가나다.</p>"],
    ["headings get their slugs", "## 1. 시 분야\n\n문단.", [], '<h2 id="1-시-분야">1. 시 분야</h2>\n<p>문단.</p>'],
    [
      "a quote is wrapped",
      "그는 “혁신이 답이다”고 말했다.",
      [{ id: "a--1", text: "혁신이 답이다" }],
      '<p>그는 “<q id="a--1" class="quote">혁신이 답이다</q>”고 말했다.</p>',
    ],
    [
      "quotes in two paragraphs, in order",
      "“첫째다”고 했다.\n\n“둘째다”고 했다.",
      [
        { id: "a--1", text: "첫째다" },
        { id: "a--2", text: "둘째다" },
      ],
      '<p>“<q id="a--1" class="quote">첫째다</q>”고 했다.</p>\n<p>“<q id="a--2" class="quote">둘째다</q>”고 했다.</p>',
    ],
    [
      "a quote across lines gets an empty anchor where it starts",
      "“첫 줄과\n둘째 줄”이라고 했다.",
      [{ id: "a--1", text: "첫 줄과 둘째 줄" }],
      '<p>“<span id="a--1" class="quote"></span>첫 줄과\n둘째 줄”이라고 했다.</p>',
    ],
    [
      "a quote not found stops the anchoring",
      "“없다”고 했다.",
      [{ id: "a--1", text: "다른 말" }],
      "<p>“없다”고 했다.</p>",
    ],
  ])("%s", (_name, body, quotes, expected) => {
    const { direct, pipeline } = render(body, quotes);
    expect(direct).toBe(expected);
    expect(pipeline).toBe(expected);
  });

  test.each([
    ["emphasis", "**강조**", []],
    ["raw HTML", "<b>굵게</b>", []],
    ["an entity", "&amp;", []],
    ["a list", "- 하나", []],
    ["a quote id that would need escaping", "“말”", [{ id: 'a"b', text: "말" }]],
  ])("%s goes to the pipeline", (_name, body, quotes) => {
    expect(render(body, quotes).direct).toBeUndefined();
    expect(renderHtml(parseBody(body, 1).tree, { outline: [], quotes })).toBe(render(body, quotes).pipeline);
  });

  test.each([
    ["prose", "가나다.\n\n둘째 문단.", "<p>가나다.</p>\n<p>둘째 문단.</p>"],
    ["a list", "- 항목\n- 둘째", "<ul>\n<li>항목</li>\n<li>둘째</li>\n</ul>"],
  ])(
    "an article whose body opens with a byte-order mark before %s renders as the pipeline renders it",
    (_name, text, html) => {
      const source = {
        path: "articles/2019/bom.md",
        text: `---\ntitle: 제목\npublished: 2019-10-02\noutlet: 광주일보\n---\n\uFEFF${text}\n`,
      };
      const { article, body } = parseArticle(source);
      expect(article.body).toBe(`${text}\n`);
      const anchors = { outline: article.outline, quotes: [] };
      expect(renderHtml(body.tree, anchors)).toBe(html);
      expect(pipelineHtml(body.tree, anchors)).toBe(html);
      // The same as remark makes of the body with its mark.
      expect(pipelineHtml(parseBody(`\uFEFF${text}\n`, 6).tree, anchors)).toBe(html);
    },
  );

  test("on 5,000 generated bodies with quotes found, missing and crossing lines, whatever it takes matches the pipeline", () => {
    const words = [
      "가나다",
      "광주시는",
      "“혁신이",
      "답이다”고",
      "2016년",
      "[전남일보=기자]",
      "(괄호)",
      "·",
      "𝄞",
      '"예산"',
      "‘주제’",
    ];
    const rng = createRng(5, "plain prose html");
    let taken = 0;
    let anchored = 0;
    for (let i = 0; i < 5_000; i += 1) {
      const line = (): string => {
        const text = Array.from({ length: rng.int(1, 6) }, () => rng.pick(words)).join(" ");
        const kind = rng.int(0, 9);
        return kind < 2 ? `${"#".repeat(rng.int(1, 3))} ${text}` : kind < 4 ? "" : text;
      };
      const body = Array.from({ length: rng.int(1, 7) }, line).join("\n");
      if (!isPlainProse(body)) continue;
      const flat = body.replace(/\n/gu, " ");
      const quotes = Array.from({ length: rng.int(0, 3) }, (_, n): QuoteAnchor => {
        const start = rng.int(0, Math.max(0, flat.length - 2));
        const text = rng.int(0, 4) === 0 ? "없는 말" : flat.slice(start, start + rng.int(1, 12));
        return { id: `q--${n}`, text };
      });
      const { direct, pipeline } = render(body, quotes);
      if (direct === undefined) continue;
      taken += 1;
      if (direct.includes('class="quote"')) anchored += 1;
      expect(direct, JSON.stringify({ body, quotes })).toBe(pipeline);
    }
    expect(taken).toBeGreaterThan(2_000);
    expect(anchored).toBeGreaterThan(500);
  });
});
