import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "../../lib/articles/parseArticle.ts";
import { ContentError, prefixProblemFiles, problem, type ContentProblem } from "../../lib/errors.ts";
import type { CliIo } from "../io.ts";
import { UNDATED_FOLDER } from "../../lib/articles/articlePath.ts";

/** A path as an editor types it: relative to the working folder when inside it. */
export function shown(io: CliIo, target: string): string {
  const relative = path.relative(io.cwd, target);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? target : relative;
}

/** Another year folder (or `undated/`) already holding an article with this id, if any. */
function sameIdElsewhere(contentDir: string, id: string, folder: string): string | undefined {
  const articles = path.join(contentDir, "articles");
  if (!existsSync(articles)) return undefined;
  return readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== folder)
    .map((entry) => path.join(articles, entry.name, `${id}.md`))
    .find((candidate) => existsSync(candidate));
}

/** Checks an article file with the archive's own parser; returns its problems (none when it parses). */
function parseProblems(io: CliIo, contentDir: string, relative: string, text: string): ContentProblem[] {
  try {
    parseArticle({ path: relative, text });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return prefixProblemFiles(error.problems, `${shown(io, contentDir)}/`);
    throw error;
  }
}

/** What became of an article file a command meant to write. */
export interface WriteOutcome {
  /** Where it goes, as shown to the editor. */
  output: string;
  written: boolean;
  /** Why it was not written, or what is wrong with what was. */
  problems: ContentProblem[];
}

/**
 * Writes `content/articles/<year>/<id>.md` (`articles/undated/<id>.md` when the year is unknown:
 * see parseArticle) the safe way: never over an existing file without
 * `force`, never with an id another year already uses, and only text the archive's own parser
 * accepts (checked before writing and again on what is on disk).
 */
export function writeArticle(
  io: CliIo,
  contentDir: string,
  article: { id: string; year: number | null; text: string; force: boolean },
): WriteOutcome {
  const folder = article.year === null ? UNDATED_FOLDER : String(article.year);
  const relative = `articles/${folder}/${article.id}.md`;
  const target = path.join(contentDir, relative);
  const output = shown(io, target);
  const refuse = (file: string, message: string, fix: string): WriteOutcome => ({
    output,
    written: false,
    problems: [problem({ file }, message, fix)],
  });
  const elsewhere = sameIdElsewhere(contentDir, article.id, folder);
  if (elsewhere !== undefined)
    return refuse(
      shown(io, elsewhere),
      `an article with the id \`${article.id}\` already exists`,
      "use another id with --id ID",
    );
  if (existsSync(target) && !article.force) {
    return refuse(
      output,
      "the file already exists and was left as it is",
      "pass --force to replace it, or --id ID to use another id",
    );
  }
  const before = parseProblems(io, contentDir, relative, article.text);
  if (before.length > 0) return { output, written: false, problems: before };
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, article.text, "utf8");
  // What is on disk must be what the archive reads back without complaint.
  return { output, written: true, problems: parseProblems(io, contentDir, relative, readFileSync(target, "utf8")) };
}
