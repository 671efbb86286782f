import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { ContentError } from "../../src/lib/errors.ts";
import { expectedJson, FIXTURES, fixtureCases } from "../support/fixtures.ts";

// Each case folder holds one article in the style of some outlet; expected.json holds the quotes
// found (with speaker, statement, verb, position, context) and the warnings, or the errors raised.
// The registries are tests/fixtures/quotes/speakers.yaml and topics.yaml.
const ROOT = path.join(FIXTURES, "quotes");
const registry = (name: string) => ({ path: name, text: readFileSync(path.join(ROOT, name), "utf8") });

function runCase(name: string): unknown {
  const folder = path.join(ROOT, name);
  const articles = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => ({ path: f.split(path.sep).join("/"), text: readFileSync(path.join(folder, f), "utf8") }));
  try {
    const archive = buildArchive({ speakers: registry("speakers.yaml"), topics: registry("topics.yaml"), articles });
    return {
      // Topics, headline matches and clusters are derived after extraction and tested on their own.
      quotes: archive.quotes.map(
        ({
          article: _a,
          published: _p,
          policies: _x,
          topics: _t,
          topicBasis: _b,
          headlineMatch: _h,
          cluster: _c,
          ...quote
        }) => quote,
      ),
      warnings: archive.warnings.map(({ line, message }) => ({ line, message })),
    };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}

describe.each(fixtureCases("quotes"))("quote fixture %s", (name) => {
  test("matches expected.json", () => {
    const actual = runCase(name);
    expect(actual).toEqual(expectedJson(path.join(ROOT, name, "expected.json"), actual));
  });
});
