import { EXIT, paint, type CliIo } from "../io.ts";
import type { ContentProblem } from "../../lib/errors.ts";
import { contentDirFor, loadForCli, printProblems } from "./loadForCli.ts";

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** True for the warning of an open `review` question (src/lib/articles/reviewWarnings.ts). */
const isOpenQuestion = (problem: ContentProblem): boolean => problem.field?.startsWith("review.") ?? false;

/** How many warnings articles acknowledged, for a summary line: ` (1 acknowledged: check --all lists it)`. */
function acknowledgedNote(acknowledged: number, listed: boolean): string {
  if (acknowledged === 0) return "";
  return listed
    ? `, ${acknowledged} acknowledged`
    : ` (${acknowledged} acknowledged: \`check --all\` lists ${acknowledged === 1 ? "it" : "them"})`;
}

/**
 * `archive check`: validates the whole archive and prints every problem with file, line, field and
 * fix. With `strict`, an open `review` question of an imported article counts as an error. Warnings
 * an article acknowledges (`acknowledge:` in its front matter) are counted, and listed with `all`.
 */
export function check(
  io: CliIo,
  flags: {
    content?: string | undefined;
    json?: boolean | undefined;
    strict?: boolean | undefined;
    all?: boolean | undefined;
  },
): number {
  const result = loadForCli(io, contentDirFor(io, flags.content));
  const found = "problems" in result ? result.problems : result.archive.warnings;
  const acknowledged = "archive" in result ? result.archive.acknowledged : [];
  const problems = flags.strict
    ? found.map((p) => (isOpenQuestion(p) ? { ...p, severity: "error" as const } : p))
    : found;
  const errors = problems.filter((p) => p.severity === "error").length;
  if (flags.json) {
    io.out(
      `${JSON.stringify({ ok: errors === 0, errors, warnings: problems.length - errors, problems, acknowledged }, null, 2)}\n`,
    );
  } else {
    printProblems(io, flags.all ? [...problems, ...acknowledged] : problems);
    const note = acknowledgedNote(acknowledged.length, flags.all === true);
    const summary =
      "archive" in result && errors === 0
        ? paint(
            io,
            "green",
            `ok: ${count(result.archive.articles.length, "article")}, ${count(result.archive.quotes.length, "quote")}, ${count(problems.length, "warning")}${note}`,
          )
        : paint(io, "red", `${count(errors, "error")}, ${count(problems.length - errors, "warning")}${note}`);
    io.err(`${summary}\n`);
  }
  return errors > 0 ? EXIT.content : EXIT.ok;
}
