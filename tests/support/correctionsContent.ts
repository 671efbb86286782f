import { appendFileSync, cpSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "../../src/lib/articles/parseArticle.ts";
import { scratchDir } from "./astroBuild.ts";
import { FIXTURES } from "./fixtures.ts";

/** The corrections fixture: an invented article with two corrections, and the invented speaker it quotes. */
const FOLDER = path.join(FIXTURES, "corrections");

/** The fixture article's id (its file name), filed under 2020. */
export const CORRECTED_ID = "2020-03-02-bus-route-plan";

/** The fixture article as a source file (path relative to the content folder). */
export function correctedArticle(): SourceFile {
  return {
    path: `articles/2020/${CORRECTED_ID}.md`,
    text: readFileSync(path.join(FOLDER, `${CORRECTED_ID}.md`), "utf8"),
  };
}

/** The shipped speakers registry with the fixture's invented speaker added. */
export function speakersWithFixture(): SourceFile {
  const shipped = readFileSync(path.resolve("content/speakers.yaml"), "utf8");
  return { path: "speakers.yaml", text: shipped + readFileSync(path.join(FOLDER, "speaker.yaml"), "utf8") };
}

/**
 * A copy of the shipped archive (which has no correction) plus the fixture article and its speaker:
 * a content folder to build. Returns its path.
 */
export function contentWithCorrections(): string {
  const dir = path.join(scratchDir("corrections"), "content");
  cpSync(path.resolve("content"), dir, { recursive: true });
  appendFileSync(path.join(dir, "speakers.yaml"), readFileSync(path.join(FOLDER, "speaker.yaml"), "utf8"));
  mkdirSync(path.join(dir, "articles/2020"), { recursive: true });
  cpSync(path.join(FOLDER, `${CORRECTED_ID}.md`), path.join(dir, `articles/2020/${CORRECTED_ID}.md`));
  return dir;
}
