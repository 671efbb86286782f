import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../../src/lib/errors.ts";
import { formatArticleFile, importArticle, type ImportOptions, type ImportResult } from "../../src/lib/import/index.ts";
import { parseRegistry } from "../../src/lib/registry/parseRegistry.ts";
import { speakerSchema, type Speaker } from "../../src/lib/schemas/speaker.ts";
import { FIXTURES } from "../support/fixtures.ts";

/** Folder of the import fixture cases. */
export const IMPORT_FIXTURES = path.join(FIXTURES, "import");

/** Reads a speakers registry file. */
export function readSpeakers(file: string): Speaker[] {
  return parseRegistry({ path: "speakers.yaml", text: readFileSync(file, "utf8") }, speakerSchema).entries;
}

/** One import case folder: its input, options and registry, and what importing it gives. */
export interface ImportCase {
  /** The input file's name inside the case folder (`input.txt` or `input.html`). */
  inputName: string;
  /** The input's text. */
  input: string;
  /** `--id`/`--year` from the case's options.json. */
  options: ImportOptions;
  /** The import result, or the problems it raised. */
  outcome: { result: ImportResult; file: string } | { problems: ContentError["problems"] };
}

/**
 * Runs one case folder: `input.txt` or `input.html`, optional `options.json` (`{ "id", "year" }`),
 * optional `speakers.yaml` (default: the shipped registry).
 */
export function runImportCase(name: string): ImportCase {
  const folder = path.join(IMPORT_FIXTURES, name);
  const inputName = readdirSync(folder).find((f) => /^input\.(?:txt|html?)$/u.test(f));
  if (!inputName) throw new Error(`no input.txt or input.html in ${folder}`);
  const input = readFileSync(path.join(folder, inputName), "utf8");
  const optionsFile = path.join(folder, "options.json");
  const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as ImportOptions) : {};
  const speakersFile = path.join(folder, "speakers.yaml");
  const speakers = readSpeakers(existsSync(speakersFile) ? speakersFile : path.resolve("content/speakers.yaml"));
  const format = inputName.endsWith(".txt") ? "text" : "html";
  try {
    const result = importArticle({ text: input, fileName: inputName, speakers, format }, options);
    return { inputName, input, options, outcome: { result, file: formatArticleFile(result.frontMatter, result.body) } };
  } catch (error) {
    if (error instanceof ContentError) return { inputName, input, options, outcome: { problems: error.problems } };
    throw error;
  }
}

/**
 * Compares `actual` with an expected text file. With UPDATE_FIXTURES=1 (or when the file is missing
 * outside CI) the file is (re)written instead: review the diff like code before committing it.
 */
export function expectedText(file: string, actual: string): string {
  if (process.env["UPDATE_FIXTURES"] === "1" || !existsSync(file)) {
    if (process.env["CI"] && !existsSync(file)) throw new Error(`missing expected file ${file}`);
    writeFileSync(file, actual);
  }
  return readFileSync(file, "utf8");
}
