// Issue 21: an invisible control character in content must not make the RSS feeds (or the
// sitemap) invalid XML. `check` refuses it in every text field, naming the file, line, field and
// character, and every XML writer drops what XML 1.0 forbids, for text the check does not see (the
// body, whose first words are a feed item's description when the article has no deck).
import { getRssString } from "@astrojs/rss";
import { xmlError } from "../support/xml.ts";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { ContentError, type ContentProblem } from "../../src/lib/errors.ts";
import { parseRegistry } from "../../src/lib/registry/parseRegistry.ts";
import { speakerSchema } from "../../src/lib/schemas/speaker.ts";
import { topicSchema } from "../../src/lib/schemas/topic.ts";
import { feedChannel } from "../../src/lib/site/feedItems.ts";
import type { ArticleData } from "../../src/lib/site/siteIndex.ts";
import { sitemapFiles } from "../../src/lib/site/sitemap.ts";
import { xmlSafeText } from "../../src/lib/text/xmlSafe.ts";
import { SHIPPED_SITE } from "../support/siteConfig.ts";

const FILE = "articles/2019/2019-10-02-a.md";

/** [name, the character, its code as the problem names it]. */
const CHARACTERS: [string, string, string][] = [
  ["NUL", "\u0000", "U+0000"],
  ["VT (vertical tab)", "\u000B", "U+000B"],
  ["ESC", "\u001B", "U+001B"],
  ["FF (form feed)", "\u000C", "U+000C"],
  ["another C0 control (U+0001)", "\u0001", "U+0001"],
  ["DEL", "\u007F", "U+007F"],
  ["NEL (a C1 control)", "\u0085", "U+0085"],
  ["another C1 control (U+009F)", "\u009F", "U+009F"],
  ["U+FFFE", "\uFFFE", "U+FFFE"],
  ["U+FFFF", "\uFFFF", "U+FFFF"],
  ["a lone surrogate U+D800", "\uD800", "U+D800"],
  ["a lone surrogate U+DC00", "\uDC00", "U+DC00"],
];

/** An article file with `title` (line 2) written as a double-quoted YAML string, and `body`. */
function articleText(fields: Record<string, string>, body = "본문 첫 문단.", head: string[] = []): string {
  const lines = Object.entries({
    title: JSON.stringify("이용섭 광주시장, 보고회 주재"),
    published: "2019-10-02T18:24:00+09:00",
    outlet: "광주N광주",
    ...fields,
  }).map(([key, value]) => `${key}: ${value}`);
  return ["---", ...lines, ...head, "---", "", body, ""].join("\n");
}

function problemsOf(text: string, path = FILE): ContentProblem[] {
  try {
    parseArticle({ path, text });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

function registryProblems(path: string, text: string): ContentProblem[] {
  try {
    if (path === "speakers.yaml") parseRegistry({ path, text }, speakerSchema);
    else parseRegistry({ path, text }, topicSchema);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/** A parsed article, then given `title` and a body whose plain text holds `bodyText` (as if unchecked). */
function feedArticle(title: string, bodyText: string): ArticleData {
  const { body: _body, ...draft } = parseArticle({ path: FILE, text: articleText({}) }).article;
  return { ...draft, title, plainText: bodyText };
}

describe("check refuses an invisible control character in a title, naming file, line, field and character", () => {
  test.each(CHARACTERS)("%s written as a YAML escape", (_name, char, code) => {
    const problems = problemsOf(articleText({ title: JSON.stringify(`이용섭${char} 광주시장`) }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 2, field: "title", severity: "error" });
    expect(problems[0]?.message).toContain(code);
    expect(problems[0]?.message).toContain("after “이용섭”");
    expect(problems[0]?.fix).toMatch(new RegExp(`^delete the invisible .*${code.replace("+", "\\+")}`, "u"));
  });

  test.each(CHARACTERS.filter(([, char]) => !/[\uD800-\uDFFF]/u.test(char)))(
    "%s typed into the file as it is",
    (_name, char, code) => {
      const problems = problemsOf(articleText({ title: `이용섭${char} 광주시장` }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: FILE, line: 2, field: "title" });
      expect(problems[0]?.message).toContain(code);
    },
  );

  test("the problem reads as an editor needs it", () => {
    const [found] = problemsOf(articleText({ title: JSON.stringify("이용섭 광주\u000B시장") }));
    expect(found?.message).toBe(
      "`title`: contains the invisible control character U+000B (vertical tab) after “이용섭 광주”",
    );
    expect(found?.fix).toMatch(/^delete the invisible control character U\+000B \(vertical tab\) after “이용섭 광주”/u);
  });

  test("tab, line feed and carriage return are ordinary white space, not refused", () => {
    expect(problemsOf(articleText({ title: JSON.stringify("이용섭\t광주시장") }))).toEqual([]);
    expect(problemsOf(articleText({ notes: JSON.stringify(["첫 줄\n둘째 줄\r\n셋째 줄"]) }))).toEqual([]);
  });
});

describe("every text field of the front matter and the registries is checked", () => {
  const VT = "\u000B";
  const quoted = (text: string): string => JSON.stringify(text);
  test.each<[string, Record<string, string>, string, number]>([
    ["deck", { deck: `[${quoted(`요약${VT}`)}]` }, "deck.0", 5],
    ["dateNote", { published: "null", dateNote: quoted(`게재일${VT} 없음`) }, "dateNote", 5],
    ["outlet", { outlet: quoted(`광주${VT}N광주`) }, "outlet", 4],
    ["reporter", { reporter: quoted(`노현서${VT}`) }, "reporter", 5],
    ["notes", { notes: `[${quoted(`편집자${VT} 주`)}]` }, "notes.0", 5],
    ["quotes.exclude", { quotes: `{exclude: [${quoted(`광주의${VT} 시간`)}]}` }, "quotes.exclude.0", 5],
    ["quotes.fix.match", { quotes: `{fix: [{match: ${quoted(`혁신${VT}`)}, verb: 말했다}]}` }, "quotes.fix.0.match", 5],
    [
      "quotes.add.text",
      { quotes: `{add: [{text: ${quoted(`혁신${VT}`)}, speaker: null, speakerName: 이용섭}]}` },
      "quotes.add.0.text",
      5,
    ],
    [
      "policies.title",
      { policies: `[{id: smart-factory, title: ${quoted(`스마트${VT}공장`)}}]` },
      "policies.0.title",
      5,
    ],
    [
      "policies.figures.from",
      {
        policies: `[{id: smart-factory, title: 스마트공장, figures: [{label: 투자, from: ${quoted(`5${VT}억원`)}, to: 40억원}]}]`,
      },
      "policies.0.figures.0.from",
      5,
    ],
  ])("%s", (_name, fields, field, line) => {
    const problems = problemsOf(articleText(fields));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line, field });
    expect(problems[0]?.message).toContain("U+000B (vertical tab)");
    expect(problems[0]?.fix).toMatch(/^delete the invisible control character U\+000B/u);
  });

  test.each<[string, string, string, string, number]>([
    ["speaker name", "speakers.yaml", `- id: lee\n  name: "이용섭\\v"\n`, "0.name", 2],
    ["speaker alias", "speakers.yaml", `- id: lee\n  name: 이용섭\n  aliases:\n    - "이 시장\\e"\n`, "0.aliases.0", 4],
    [
      "speaker description",
      "speakers.yaml",
      `- id: lee\n  name: 이용섭\n  description: "광주\\0시장"\n`,
      "0.description",
      3,
    ],
    [
      "speaker role",
      "speakers.yaml",
      `- id: lee\n  name: 이용섭\n  roles:\n    - title: "시장\\x85"\n      organisation: 광주광역시\n      from: 2018\n`,
      "0.roles.0.title",
      4,
    ],
    ["topic label", "topics.yaml", `- id: integrity\n  label: "청렴\\f행정"\n`, "0.label", 2],
    [
      "topic description",
      "topics.yaml",
      `- id: integrity\n  label: 청렴행정\n  description: "설명\\x7f"\n`,
      "0.description",
      3,
    ],
  ])("%s in %s", (_name, path, text, field, line) => {
    const problems = registryProblems(path, text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: path, line, field });
    expect(problems[0]?.message).toMatch(/contains the invisible control character U\+00[0-9A-F]{2}/u);
  });
});

describe("the RSS feed is well-formed XML 1.0 whatever the content holds", () => {
  test.each(CHARACTERS)("%s in a title, the body and the subject", async (_name, char) => {
    const xml = await getRssString(
      feedChannel({
        subject: `이용섭${char}`,
        description: `이용섭${char} 관련 기사`,
        site: SHIPPED_SITE,
        articles: [feedArticle(`이용섭${char} 광주시장, 보고회 주재`, `시장은${char} “혁신”을 말했다.`)],
      }),
    );
    expect(xmlError(xml)).toBeNull();
    expect(xml.isWellFormed()).toBe(true);
    expect(xml).not.toContain(char);
    expect(xml).toContain("<title>이용섭 광주시장, 보고회 주재</title>");
    expect(xml).toContain("<description>광주N광주. 시장은 “혁신”을 말했다.</description>");
    expect(xml).toContain("<title>이용섭 — ");
  });

  test("a body with NUL, VT and ESC parses (the body is not checked), and its feed is well-formed", async () => {
    const { article } = parseArticle({
      path: FILE,
      text: articleText({}, "시장은\u0000 “혁신\u000B”을\u001B 말했다."),
    });
    // The Markdown parser reads NUL as U+FFFD (as CommonMark says); VT and ESC reach the plain text.
    expect(article.plainText).toBe("시장은\uFFFD “혁신\u000B”을\u001B 말했다.");
    const xml = await getRssString(
      feedChannel({ subject: null, description: "기사", site: SHIPPED_SITE, articles: [article] }),
    );
    expect(xmlError(xml)).toBeNull();
    expect(xml).toContain("<description>광주N광주. 시장은\uFFFD “혁신”을 말했다.</description>");
  });
});

describe("the sitemap is well-formed XML 1.0", () => {
  test.each(CHARACTERS)("%s in a page path", (_name, char) => {
    const files = sitemapFiles([`/topics/청렴${char}행정/`], "https://press-archive.example");
    for (const xml of files.values()) {
      expect(xmlError(xml)).toBeNull();
      expect(xml.isWellFormed()).toBe(true);
    }
  });
});

describe("xmlSafeText", () => {
  test.each(CHARACTERS)("removes %s", (_name, char) => {
    expect(xmlSafeText(`가${char}나${char}`)).toBe("가나");
  });

  test("keeps tab, line feed, carriage return, Hangul, U+FFFD and characters beyond the BMP; returns the same string when clean", () => {
    const text = "가\t나\n다\r라 \uFFFD 😀 \u{10FFFD} \uE000 & < >";
    expect(xmlSafeText(text)).toBe(text);
    expect(
      xmlError(`<a>${xmlSafeText("\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uD800\uDFFF")}</a>`),
    ).toBeNull();
  });
});
