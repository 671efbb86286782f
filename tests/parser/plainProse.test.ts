// The fast path for plain prose must make exactly remark's tree, positions included: compared on
// every body at hand, on bodies generated from pieces that are and are not Markdown syntax, and
// on the edge cases below. When it declines a body, remark parses it as before.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import { splitFrontMatter } from "../../src/lib/frontmatter/splitFrontMatter.ts";
import { isPlainProse, plainProseTree } from "../../src/lib/markdown/plainProse.ts";
import { createRng } from "../../tools/synthetic/random.ts";

const remark = unified().use(remarkParse).use(remarkCjkFriendly).freeze();
const remarkTree = (body: string): unknown => remark.runSync(remark.parse(body));

function bodiesIn(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .flatMap((file): [string, string][] => {
      const split = splitFrontMatter(readFileSync(path.join(dir, file), "utf8"), file);
      return "problems" in split ? [] : [[file, split.body]];
    });
}

describe("plainProseTree: remark's tree of plain prose, made directly", () => {
  const bodies = [...bodiesIn(path.resolve("content")), ...bodiesIn(path.resolve("tests/fixtures"))];

  test("every body in content/ and tests/fixtures/ that it takes gets remark's tree", () => {
    const taken = bodies.filter(([, body]) => isPlainProse(body));
    // Most real bodies are plain prose: the fast path is the common one.
    expect(taken.length).toBeGreaterThan(bodies.length / 2);
    for (const [, body] of taken) expect(plainProseTree(body)).toEqual(remarkTree(body));
  });

  test.each([
    ["one line", "가나다"],
    ["lines of one paragraph", "첫 줄이다.\n둘째 줄이다."],
    ["blank lines before, between and after", "\n\n가.\n\n\n나.\n\n"],
    ["no final line end", "가.\n\n나."],
    ["an empty body", ""],
    ["only line ends", "\n\n\n"],
    ["headings of each depth, between paragraphs", "# 하나\n문단\n## 1. 둘\n\n### 셋\n###### 여섯\n끝"],
    ["a bracketed byline", "[전남일보=조은주 기자] 광주시는 1일 밝혔다.\n\n(예시=예시통신) 홍길동 기자 = 예시도가"],
    ["an astral character", "𝄞 음표와 한글\n둘째 줄 𝄞"],
    ["marks Korean text has", "“발언”이라며 ‘주제’ ▲교통 ▲재정 · 50% 3.5배 (괄호) ! ? : ; ,"],
  ])("%s: remark's tree", (_name, body) => {
    expect(isPlainProse(body)).toBe(true);
    expect(plainProseTree(body)).toEqual(remarkTree(body));
  });

  test.each([
    ["emphasis", "*강조*"],
    ["a link", "[링크](https://example.org)"],
    ["a reference", "[가][나]\n\n[나]: https://example.org"],
    ["an image", "![그림](a.png)"],
    ["a list", "- 하나\n- 둘"],
    ["an ordered list", "1. 하나"],
    ["a setext heading", "제목\n===="],
    ["a heading closed with #", "## 제목 ##"],
    ["a hard break", "줄 끝 공백  \n다음 줄"],
    ["indented code", "    코드"],
    ["a block quote", "> 인용"],
    ["HTML", "<b>굵게</b>"],
    ["an entity", "&amp;"],
    ["a tab", "가\t나"],
    ["a carriage return", "가\r\n나"],
    ["a byte-order mark opening the body", "\uFEFF가나다"],
    ["a byte-order mark before a list", "\uFEFF- 항목"],
  ])("%s goes to remark", (_name, body) => {
    expect(isPlainProse(body)).toBe(false);
  });

  // remark drops a byte-order mark opening the text and reads the line after it; the fast path
  // would keep it as a character, and take `\uFEFF- 항목` for prose.
  test.each([
    ["a list", "- 항목\n- 둘째", "list"],
    ["prose", "가나다.\n\n둘째 문단.", "paragraph"],
    ["a heading", "## 제목\n\n문단.", "heading"],
  ])("a byte-order mark after the front matter, before %s, is dropped: remark's tree", (_name, text, first) => {
    const withMark = `\uFEFF${text}\n`;
    const split = splitFrontMatter(`---\ntitle: 제목\n---\n${withMark}`, "a.md");
    if ("problems" in split) throw new Error("the front matter does not split");
    expect(split.body).toBe(`${text}\n`);
    const tree = isPlainProse(split.body) ? plainProseTree(split.body) : remarkTree(split.body);
    expect(tree).toEqual(remarkTree(withMark));
    expect((tree as { children: { type: string }[] }).children[0]?.type).toBe(first);
  });

  test("a byte-order mark opening the file, then one opening the body, are both dropped", () => {
    const split = splitFrontMatter("\uFEFF---\ntitle: 제목\n---\n\uFEFF- 항목\n", "a.md");
    expect(split).toEqual({ frontMatter: "\ntitle: 제목", body: "- 항목\n", bodyLine: 4 });
  });

  test("on 3,000 bodies made of prose and syntax pieces, whatever it takes gets remark's tree", () => {
    const pieces = [
      "가나다",
      "광주시는",
      " ",
      " ",
      " ",
      "\n",
      "\n",
      "\n\n",
      "1.",
      "1)",
      "2016년",
      "#",
      "## ",
      "# ",
      "[",
      "]",
      "(",
      ")",
      "=",
      "-",
      "+",
      "!",
      ":",
      "^",
      ".",
      ",",
      "“",
      "”",
      "·",
      "𝄞",
      "*",
      "_",
      "<",
      "&",
      "\\",
      "~",
      "|",
      "\t",
    ];
    const rng = createRng(42, "plain prose pieces");
    let taken = 0;
    for (let i = 0; i < 3_000; i += 1) {
      let body = "";
      for (let n = rng.int(1, 30); n > 0; n -= 1) body += rng.pick(pieces);
      if (!isPlainProse(body)) continue;
      taken += 1;
      expect(plainProseTree(body), JSON.stringify(body)).toEqual(remarkTree(body));
    }
    expect(taken).toBeGreaterThan(100);
  });

  test("on 10,000 bodies of heading, text and blank lines, whatever it takes gets remark's tree", () => {
    const words = [
      "가나다",
      "광주시는",
      "1.",
      "2016년",
      "[전남일보=기자]",
      "(괄호)",
      "#",
      "a#b",
      "𝄞",
      "=",
      "-",
      "\u3000",
    ];
    const spaces = [" ", " ", "", "  "];
    const rng = createRng(7, "plain prose lines");
    const line = (): string => {
      const kind = rng.int(0, 9);
      const text = Array.from({ length: rng.int(1, 5) }, () => rng.pick(words)).join(rng.pick(spaces));
      if (kind < 4)
        return `${"#".repeat(rng.int(1, 7))}${rng.pick(spaces)}${text}${rng.pick(["", "", " ", " #", "#"])}`;
      return kind < 6 ? "" : text;
    };
    let headings = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const body = Array.from({ length: rng.int(1, 8) }, line).join("\n") + rng.pick(["", "\n", "\n\n"]);
      if (!isPlainProse(body)) continue;
      if (body.includes("#")) headings += 1;
      expect(plainProseTree(body), JSON.stringify(body)).toEqual(remarkTree(body));
    }
    expect(headings).toBeGreaterThan(100);
  });
});
