import { readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, prefixProblemFiles, problem, type ContentProblem } from "../../lib/errors.ts";
import { formatArticleFile, importArticle, type RemovedLine, type Undecided } from "../../lib/import/index.ts";
import { parseRegistry } from "../../lib/registry/parseRegistry.ts";
import { idSchema } from "../../lib/schemas/common.ts";
import { speakerSchema, type Speaker } from "../../lib/schemas/speaker.ts";
import { EXIT, paint, type CliIo } from "../io.ts";
import { contentDirFor, printProblems } from "./loadForCli.ts";
import { shown, writeArticle } from "./writeArticle.ts";
import { httpUrlProblem } from "../../lib/text/httpUrl.ts";
import { textSchema } from "../../lib/schemas/common.ts";
import { parseArchiveDate } from "../../lib/dates/kst.ts";

/** The options of `archive import`, and the files named on the command line. */
export interface ImportFlags {
  content?: string | undefined;
  json?: boolean | undefined;
  force?: boolean | undefined;
  id?: string | undefined;
  year?: string | undefined;
  url?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  files?: readonly string[] | undefined;
}

/** What the editor knows of an article, given as flags: it wins over what the text says. */
type EditorFacts = { url: string | undefined; outlet: string | undefined; published: string | undefined };

/**
 * Checks `--url`, `--outlet` and `--published` as front matter is checked (an http(s) address, plain
 * text, a real ISO 8601 date); returns them, or the usage message for the first bad one.
 */
function checkEditorFacts(flags: ImportFlags): EditorFacts | string {
  if (flags.url !== undefined) {
    const problem = httpUrlProblem(flags.url);
    if (problem) return `--url: ${problem}`;
  }
  if (flags.outlet !== undefined && !textSchema.safeParse(flags.outlet).success) {
    return `--outlet takes the outlet's name as plain text, not \`${flags.outlet}\``;
  }
  if (flags.published !== undefined) {
    const date = parseArchiveDate(flags.published);
    if (typeof date === "string")
      return `--published: ${date} (e.g. --published 2024-03-05T14:30 or --published 2024-03-05)`;
  }
  return { url: flags.url, outlet: flags.outlet, published: flags.published };
}

/** What happened to one input file (the `--json` summary holds one per file). */
interface FileReport {
  input: string;
  output?: string;
  written: boolean;
  id?: string;
  year?: number | null;
  removed?: RemovedLine[];
  undecided?: Undecided[];
  problems?: ContentProblem[];
}

type Outcome = { report: FileReport; code: number };

/** A path as the editor would type it: relative to the working folder when inside it. */
function usage(io: CliIo, message: string): number {
  io.err(
    `${message}\n  usage: npm run archive -- import <file>... [--force] [--json] [--id ID] [--year YYYY] [--content DIR]\n`,
  );
  return EXIT.usage;
}

function readSpeakers(io: CliIo, contentDir: string): { speakers: Speaker[] } | { problems: ContentProblem[] } {
  const prefix = `${shown(io, contentDir)}/`;
  let text: string;
  try {
    text = readFileSync(path.join(contentDir, "speakers.yaml"), "utf8");
  } catch {
    const fix = "pass --content with the archive's content folder";
    return { problems: [problem({ file: `${prefix}speakers.yaml` }, "cannot read speakers.yaml", fix)] };
  }
  try {
    return { speakers: parseRegistry({ path: "speakers.yaml", text }, speakerSchema).entries };
  } catch (error) {
    if (error instanceof ContentError) return { problems: prefixProblemFiles(error.problems, prefix) };
    throw error;
  }
}

function failed(report: FileReport, problems: ContentProblem[], code: number): Outcome {
  return { report: { ...report, problems }, code };
}

function importOne(
  io: CliIo,
  file: string,
  contentDir: string,
  speakers: readonly Speaker[],
  flags: { force: boolean; id: string | undefined; year: number | undefined } & EditorFacts,
): Outcome {
  const base: FileReport = { input: file, written: false };
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    return failed(
      base,
      [problem({ file }, `cannot read the file (${reason})`, "check the path and name a text or HTML file")],
      EXIT.usage,
    );
  }
  const format = /\.html?$/iu.test(file) ? "html" : "text";
  let result;
  try {
    result = importArticle(
      { text, fileName: file, speakers, format },
      { id: flags.id, year: flags.year, url: flags.url, outlet: flags.outlet, published: flags.published },
    );
  } catch (error) {
    if (error instanceof ContentError) return failed(base, [...error.problems], EXIT.content);
    throw error;
  }
  const outcome = writeArticle(io, contentDir, {
    id: result.id,
    year: result.year,
    text: formatArticleFile(result.frontMatter, result.body),
    force: flags.force,
  });
  const report: FileReport = {
    ...base,
    output: outcome.output,
    id: result.id,
    year: result.year,
    removed: result.removed,
    undecided: result.undecided,
    written: outcome.written,
  };
  return outcome.problems.length > 0 ? failed(report, outcome.problems, EXIT.content) : { report, code: EXIT.ok };
}

function printReport(io: CliIo, report: FileReport): void {
  if (report.problems) {
    printProblems(io, report.problems);
    return;
  }
  io.err(`${paint(io, "green", "wrote")} ${report.output ?? ""} (from ${report.input})\n`);
  if (report.removed && report.removed.length > 0) {
    io.err(`  removed ${report.removed.length} line${report.removed.length === 1 ? "" : "s"}:\n`);
    for (const line of report.removed) io.err(`    line ${line.line}: ${line.text} — ${line.reason}\n`);
  }
  if (report.undecided && report.undecided.length > 0) {
    io.err("  to decide:\n");
    for (const open of report.undecided) io.err(`    ${paint(io, "yellow", open.field)}: ${open.message}\n`);
  }
}

/**
 * `archive import <file>...`: turns raw articles (text copied from a news page, or a saved `.html`
 * page) into `content/articles/<year>/<id>.md`, reports what was removed and what is left to
 * decide, never overwrites without `--force`, and checks each written file with the archive parser.
 */
export function importCommand(io: CliIo, flags: ImportFlags): number {
  const files = flags.files ?? [];
  if (files.length === 0) return usage(io, "import needs at least one file");
  if (flags.id !== undefined && files.length > 1) {
    return usage(io, "--id names one article: import one file at a time with --id");
  }
  if (flags.id !== undefined && !idSchema.safeParse(flags.id).success) {
    return usage(
      io,
      `--id takes lower-case letters, digits and hyphens (e.g. 2024-03-05-budget-briefing), not \`${flags.id}\``,
    );
  }
  if (flags.year !== undefined && !/^\d{4}$/u.test(flags.year)) {
    return usage(io, `--year takes a four-digit year, not \`${flags.year}\``);
  }
  const year = flags.year === undefined ? undefined : Number(flags.year);
  const facts = checkEditorFacts(flags);
  if (typeof facts === "string") return usage(io, facts);
  const contentDir = contentDirFor(io, flags.content);
  const registry = readSpeakers(io, contentDir);
  if ("problems" in registry) {
    if (flags.json) io.out(`${JSON.stringify({ ok: false, files: [], problems: registry.problems }, null, 2)}\n`);
    else printProblems(io, registry.problems);
    return EXIT.content;
  }
  const reports: FileReport[] = [];
  let code: number = EXIT.ok;
  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.err(`[${index + 1}/${files.length}] ${file}\n`);
    const outcome = importOne(io, file, contentDir, registry.speakers, {
      force: flags.force === true,
      id: flags.id,
      year,
      ...facts,
    });
    reports.push(outcome.report);
    code = Math.max(code, outcome.code);
    if (!flags.json) printReport(io, outcome.report);
  }
  if (flags.json) io.out(`${JSON.stringify({ ok: code === EXIT.ok, files: reports }, null, 2)}\n`);
  return code;
}
