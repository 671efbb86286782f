import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { expectedJson, fixtureCases } from "../support/fixtures.ts";
import { expectedText, IMPORT_FIXTURES, runImportCase } from "./importCase.ts";

// Each case folder under tests/fixtures/import/ holds a raw article (input.txt or input.html), perhaps
// options.json and speakers.yaml, and what importing it must give: expected.md (the article file)
// and expected.json (id, year, removed lines, open questions), or expected.json with the problems.
// UPDATE_FIXTURES=1 npx vitest run tests/import rewrites them: review the diff.
function summary(name: string): unknown {
  const { outcome } = runImportCase(name);
  if ("problems" in outcome) return { problems: outcome.problems };
  const { id, year, removed, undecided } = outcome.result;
  return { id, year, removed, undecided };
}

describe.each(fixtureCases("import"))("import fixture %s", (name) => {
  const folder = path.join(IMPORT_FIXTURES, name);

  test("gives expected.json", () => {
    const actual = summary(name);
    expect(actual).toEqual(expectedJson(path.join(folder, "expected.json"), actual));
  });

  test("gives expected.md when it makes an article", () => {
    const { outcome } = runImportCase(name);
    const expectedFile = path.join(folder, "expected.md");
    if ("problems" in outcome) expect(existsSync(expectedFile)).toBe(false);
    else expect(outcome.file).toBe(expectedText(expectedFile, outcome.file));
  });

  test("writes a file the archive parser reads without problems", () => {
    const { outcome } = runImportCase(name);
    if ("problems" in outcome) {
      expect(outcome.problems.length).toBeGreaterThan(0);
      return;
    }
    const { result, file } = outcome;
    const { article, warnings } = parseArticle({
      path: `articles/${result.year ?? "undated"}/${result.id}.md`,
      text: file,
    });
    // The open questions the importer wrote are the only warnings: one per review entry.
    const open = warnings.filter((w) => w.field?.startsWith("review."));
    expect(warnings.filter((w) => !open.includes(w))).toEqual([]);
    expect(open).toHaveLength(result.frontMatter.review?.length ?? 0);
    expect(article.title).toBe(result.frontMatter.title);
    expect(article.year).toBe(result.year);
  });

  test("accounts for every line of a text input: in the body, or removed with a reason", () => {
    const { inputName, input, outcome } = runImportCase(name);
    if ("problems" in outcome || !inputName.endsWith(".txt")) return;
    const removed = new Set(outcome.result.removed.map((r) => r.line));
    const body = outcome.result.body.split("\n").map((l) => l.replace(/^## /u, "").replace(/^(\d*)\\/u, "$1"));
    const lost = input
      .split(/\r?\n/u)
      .map((text, i) => ({ line: i + 1, text: text.trim() }))
      .filter(({ line, text }) => text !== "" && !removed.has(line) && !body.includes(text));
    expect(lost).toEqual([]);
  });

  test.each(["UTC", "Asia/Seoul", "America/Los_Angeles"])("gives the same result under TZ=%s", (zone) => {
    const before = process.env["TZ"];
    process.env["TZ"] = zone;
    try {
      expect(summary(name)).toEqual(expectedJson(path.join(folder, "expected.json"), summary(name)));
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
  });
});
