import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { ContentError } from "../../src/lib/errors.ts";
import { expectedJson, FIXTURES, fixtureCases } from "../support/fixtures.ts";

// Each case folder holds one article at articles/<year>/<id>.md and expected.json: either the
// parsed record and its warnings, or the problems (file, line, field, message, fix) it must raise.
function runCase(name: string): unknown {
  const folder = path.join(FIXTURES, "parser", name);
  const [relative] = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
  if (!relative) throw new Error(`no .md file in ${folder}`);
  const source = { path: relative.split(path.sep).join("/"), text: readFileSync(path.join(folder, relative), "utf8") };
  try {
    const { article, warnings } = parseArticle(source);
    return { article, warnings };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}

describe.each(fixtureCases("parser"))("parser fixture %s", (name) => {
  test("matches expected.json", () => {
    const actual = runCase(name);
    expect(actual).toEqual(expectedJson(path.join(FIXTURES, "parser", name, "expected.json"), actual));
  });

  test.each(["UTC", "Asia/Seoul", "America/Los_Angeles"])("gives the same result under TZ=%s", (zone) => {
    const before = process.env["TZ"];
    process.env["TZ"] = zone;
    try {
      expect(runCase(name)).toEqual(
        JSON.parse(readFileSync(path.join(FIXTURES, "parser", name, "expected.json"), "utf8")),
      );
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
  });
});
