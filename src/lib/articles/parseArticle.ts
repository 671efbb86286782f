import { ContentError, problem, type ContentProblem } from "../errors.ts";
import { parseArchiveDate, startOfKstYear } from "../dates/kst.ts";
import { parseYamlWithLines } from "../frontmatter/yamlWithLines.ts";
import { splitFrontMatter } from "../frontmatter/splitFrontMatter.ts";
import { zodProblems } from "../frontmatter/zodProblems.ts";
import { bodyLimitContentProblem } from "../markdown/bodyLimits.ts";
import { parseBody, type ParsedBody } from "../markdown/parseBody.ts";
import { outlineOf } from "../markdown/outline.ts";
import { articleFrontMatterSchema, type ArticleDraft } from "../schemas/article.ts";
import { prepareSource } from "../text/prepareSource.ts";
import { articleLocation, UNDATED_FOLDER } from "./articlePath.ts";
import { emptyBodyWarnings } from "./emptyBody.ts";
import { reviewWarnings } from "./reviewWarnings.ts";

/** A content file handed to a parser: its path relative to the content folder, and its text. */
export interface SourceFile {
  /** Path relative to the content folder, with `/` separators, e.g. `articles/2019/foo.md`. */
  path: string;
  /** The file's text, as read (UTF-8). */
  text: string;
}

/** A parsed article, its parsed body (for later passes such as quote extraction) and any warnings. */
export interface ParsedArticle {
  /** The validated record, without its HTML (rendered once quotes are known). */
  article: ArticleDraft;
  /** The body's Markdown tree and text blocks. */
  body: ParsedBody;
  /** Problems that do not stop the build. */
  warnings: ContentProblem[];
  /** The file line of a front-matter field, for problems found later (unknown ids, say). */
  lineOf(path: readonly (string | number)[]): number;
}

/** Where an article of unknown year sorts: before every dated one (the archive lists newest first, so last). */
const UNDATED_SORT_KEY = Date.UTC(1, 0, 1);
/** The largest article file read (in UTF-16 code units, about 1 MB of Hangul text): a longer one is surely a mistake (a pasted page dump, a binary). */
export const MAX_ARTICLE_CHARS = 1_000_000;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * Parses one article file into a typed record: hardened front matter (YAML only), zod validation,
 * dates in KST, NFC text, the body as plain text and outline (HTML comes later, with quote anchors).
 * Throws a ContentError naming the file, line, field and fix for anything wrong.
 */
export function parseArticle(source: SourceFile): ParsedArticle {
  const file = source.path;
  const location = articleLocation(file);
  if (!location) {
    throw new ContentError([
      problem(
        { file },
        `an article must sit at articles/<year>/<id>.md (or articles/${UNDATED_FOLDER}/<id>.md while its year is unknown)`,
        `move the file into content/articles/<four-digit year>/ or content/articles/${UNDATED_FOLDER}/`,
      ),
    ]);
  }
  const { id, year: folderYear } = location;
  if (source.text.length > MAX_ARTICLE_CHARS) {
    throw new ContentError([
      problem(
        { file, line: 1 },
        `the file is ${Math.round(source.text.length / 1000)}k characters long, over the ${MAX_ARTICLE_CHARS / 1000}k cap`,
        "keep one article per file, with only its text (no saved page, no attachments)",
      ),
    ]);
  }
  const problems: ContentProblem[] = [];
  if (!ID_PATTERN.test(id)) {
    problems.push(
      problem(
        { file },
        `the file name \`${id}\` is not a valid article id`,
        "rename the file with lower-case letters, digits and hyphens, e.g. 2019-10-02-innovation-report.md",
      ),
    );
  }
  const prepared = prepareSource(source.text, file);
  const split = splitFrontMatter(prepared.text, file);
  if ("problems" in split) throw new ContentError([...problems, ...split.problems]);
  const yamlResult = parseYamlWithLines(split.frontMatter, file);
  if ("problems" in yamlResult) throw new ContentError([...problems, ...yamlResult.problems]);
  const { yaml } = yamlResult;
  const parsed = articleFrontMatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) throw new ContentError([...problems, ...zodProblems(parsed.error, file, yaml)]);
  const data = parsed.data;

  const date = data.published === null ? null : parseArchiveDate(data.published);
  if (typeof date === "string") throw new Error(`unreachable: schema accepted an invalid date (${date})`);
  if (date && folderYear === null) {
    problems.push(
      problem(
        { file, line: yaml.lineOf(["published"]), field: "published" },
        `the article is dated (${date.kstDate}) but sits in articles/${UNDATED_FOLDER}/`,
        `move the file to content/articles/${date.kstYear}/ (its id and URL stay the same)`,
      ),
    );
  } else if (date && date.kstYear !== folderYear) {
    problems.push(
      problem(
        { file, line: yaml.lineOf(["published"]), field: "published" },
        `published in ${date.kstYear} (KST) but filed under articles/${folderYear}/`,
        `move the file to content/articles/${date.kstYear}/ or correct the date`,
      ),
    );
  }
  if (problems.length > 0) throw new ContentError(problems);
  const warnings = [...prepared.warnings, ...reviewWarnings(data.review, file, yaml.lineOf)];
  if (date?.hasTime && !/(?:Z|[+-]\d{2}:?\d{2})$/u.test(data.published ?? "")) {
    warnings.push({
      ...problem(
        { file, line: yaml.lineOf(["published"]), field: "published" },
        `\`${data.published}\` has no UTC offset; it was read as KST (${date.iso})`,
        `write the offset to make it explicit: \`published: ${date.iso}\``,
      ),
      severity: "warning",
    });
  }

  let body: ParsedBody;
  let outline: ReturnType<typeof outlineOf>;
  try {
    body = parseBody(split.body, split.bodyLine);
    outline = outlineOf(body.tree);
  } catch (error) {
    // A body too deep or too costly for the parser (or that still broke it) names the file and line.
    const limit = bodyLimitContentProblem(error, file, split.bodyLine);
    if (limit) throw new ContentError([limit]);
    throw error;
  }
  warnings.push(...emptyBodyWarnings(body.plainText, file, split.bodyLine));
  const year = date?.kstYear ?? folderYear;
  const article: ArticleDraft = {
    ...data,
    id,
    file,
    published: date?.iso ?? null,
    publishedDate: date?.kstDate ?? null,
    year,
    sortKey: date?.epochMs ?? (year === null ? UNDATED_SORT_KEY : startOfKstYear(year)),
    body: split.body,
    bodyLine: split.bodyLine,
    plainText: body.plainText,
    outline,
  };
  return { article, body, warnings, lineOf: yaml.lineOf };
}
