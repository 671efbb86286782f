import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { quickYaml } from "../../src/lib/frontmatter/quickYaml.ts";
import { parseYamlWithLines } from "../../src/lib/frontmatter/yamlWithLines.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";

/** What the `yaml` package alone makes of a document: the reference the quick reader must match. */
const reference = (source: string): unknown => parse(source, { uniqueKeys: true });

/** Every `.md` and `.yaml` file under a folder. */
function contentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") || name.endsWith(".yaml"))
    .map((name) => path.join(dir, name));
}

/** The YAML of a file: its front matter, or all of it for a `.yaml` file; undefined when it has none. */
function yamlOf(text: string, file: string): string | undefined {
  if (file.endsWith(".yaml")) return text;
  const end = text.indexOf("\n---", 3);
  return text.startsWith("---\n") && end > 0 ? text.slice(4, end + 1) : undefined;
}

describe("plain YAML read quickly, the same as the yaml package reads it", () => {
  test.each([
    "1_000",
    "0b101",
    "+12",
    "0o17",
    "017",
    "08",
    ".5",
    "+.5",
    "-.5",
    "1e3",
    "1E+3",
    "1e400",
    "+.inf",
    "-.Inf",
    ".NaN",
    ".nan",
    "0x1F",
    "+0x1",
    "-0x1",
    "-0",
    "1.",
    "0.",
    "yes",
    "on",
    "off",
    "no",
    "~",
    "null",
    "Null",
    "NULL",
    "nULL",
    "",
    "True",
    "TRUE",
    "tRUE",
    "false",
    "FALSE",
    "-1.5e-3",
    "1e",
    "9007199254740993",
    "2021-01-01",
    "2021-01-01T09:00:00+09:00",
    "12:30",
    "1:30:00",
    "=",
    "１２",
    "2,392명",
  ])("the scalar %j", (text) => {
    const source = `v: ${text}\n`;
    expect(quickYaml(source)?.value).toEqual(reference(source));
  });

  test.each([
    [
      "block scalars",
      "a: |\n  첫 줄\n  둘째 줄\nb: |-\n  끝\n\nc: >\n  접힌\n  문장\n\nd: >-\n  x\ne: |+\n  keep\n\nf: 1\n",
    ],
    ["quoted text with escapes", "a: \"따옴표 \\\"안\\\" \\u00b7 탭\\t\"\nb: '홑 ''따옴표'''\nc: \"2,392명\"\n"],
    [
      "flow collections over lines",
      'a: [교육, 복지,\n  환경]\nb: {label: 목표, from: "1명", to: "2명"}\nc: []\nd: {}\n',
    ],
    ["comments and hashes in words", "# 머리 주석\na: 값 # 주석\nb: C#과 F#\nc: '#해시'\n"],
    ["plain text over several lines", "summary: 교육격차에 대한 목표를\n  올해 2,392명에서\n  7,183명까지 마련.\n"],
    [
      "nested lists of maps",
      "policies:\n  - id: a-1\n    figures:\n      - {label: x, from: '1', to: '2'}\n    keywords: [가, 나]\n  - id: a-2\n",
    ],
    ["punctuation inside words", "title: R&D 예산! 왜? 50%·<특집>\ndeck:\n  - 질문? 아니\n  - 'A: B'\n"],
    ["empty values and keys with spaces", "a:\nb: ~\nkey with space: 값\n'quoted key': 1\n"],
    ["a document that is one list", "- id: kang-gi-jung\n  name: 강기정\n  aliases: [강 시장]\n- id: x\n"],
  ])("%s", (_name, source) => {
    const quick = quickYaml(source);
    expect(quick).toBeDefined();
    expect(quick?.value).toEqual(reference(source));
  });

  test("every front matter and registry of the shipped content and the fixtures reads the same, nearly all quickly", () => {
    let quick = 0;
    let files = 0;
    for (const file of [...contentFiles("content"), ...contentFiles("tests/fixtures")]) {
      const source = yamlOf(
        readFileSync(file, "utf8")
          .replace(/^\uFEFF/u, "")
          .replace(/\r\n/gu, "\n"),
        file,
      );
      if (source === undefined) continue;
      let expected: unknown;
      try {
        expected = reference(source);
      } catch {
        expect(quickYaml(source), file).toBeUndefined();
        continue;
      }
      files += 1;
      const read = quickYaml(source);
      if (read) {
        quick += 1;
        expect(read.value, file).toEqual(expected);
      }
    }
    expect(files).toBeGreaterThan(40);
    expect(quick / files).toBeGreaterThan(0.9);
  });

  test("a generated archive's front matter reads the same, all of it quickly", () => {
    const { articles, speakersYaml, topicsYaml } = generateArchive({ count: 300, seed: 11 });
    for (const source of [speakersYaml, topicsYaml, ...articles.map((a) => yamlOf(a.text, a.path) ?? "")]) {
      expect(quickYaml(source)?.value).toEqual(reference(source));
    }
  });
});

describe("what only the yaml package reads", () => {
  test.each([
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["tags", "a: !!str 1\n"],
    ["a merge key", "a: {x: 1}\nb:\n  <<: {y: 2}\n"],
    ["a complex key", "? a\n: 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["tabs", "a:\t1\n"],
    ["a __proto__ key", "__proto__: 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a syntax error", "a: [1, 2\n"],
    ["an empty document", ""],
  ])("%s", (_name, source) => {
    expect(quickYaml(source)).toBeUndefined();
  });

  test("a word after a space that could start an alias is read by the yaml package, to the same value", () => {
    const source = "title: 시장 *강조* 발언 & 예산\n";
    expect(quickYaml(source)).toBeUndefined();
    expect(parseYamlWithLines(source, "a.md")).toEqual({
      yaml: { value: reference(source), lineOf: expect.any(Function) },
    });
  });

  test("errors still come from the yaml package, with their lines", () => {
    const result = parseYamlWithLines("title: 제목\ntitle: 다시\n", "a.md", 2);
    expect(result).toEqual({
      problems: [expect.objectContaining({ file: "a.md", line: 3, message: expect.stringContaining("DUPLICATE_KEY") })],
    });
  });

  test("lines of quickly read YAML are found on demand, as the yaml package finds them", () => {
    const source = "title: 제목\npolicies:\n  - id: a\n    title: 정책\n  - id: b\n";
    const result = parseYamlWithLines(source, "a.md", 2);
    if (!("yaml" in result)) throw new Error("expected YAML");
    expect(result.yaml.lineOf(["policies", 1, "id"])).toBe(6);
    expect(result.yaml.lineOf(["policies", 0, "title"])).toBe(5);
    expect(result.yaml.lineOf(["missing", "deep"])).toBe(2);
  });
});
