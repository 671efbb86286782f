import { EXIT, paint, type CliIo } from "../io.ts";
import type { ContentProblem } from "../../lib/errors.ts";

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
import { contentDirFor, loadForCli, printProblems } from "./loadForCli.ts";

/** True for the warning of an open `review` question (src/lib/articles/reviewWarnings.ts). */
const isOpenQuestion = (problem: ContentProblem): boolean => problem.field?.startsWith("review.") ?? false;

/**
 * `archive check`: validates the whole archive and prints every problem with file, line, field and
 * fix. With `strict`, an open `review` question of an imported article counts as an error.
 */
export function check(
  io: CliIo,
  flags: { content?: string | undefined; json?: boolean | undefined; strict?: boolean | undefined },
): number {
  const result = loadForCli(io, contentDirFor(io, flags.content));
  const found = "problems" in result ? result.problems : result.archive.warnings;
  const problems = flags.strict
    ? found.map((p) => (isOpenQuestion(p) ? { ...p, severity: "error" as const } : p))
    : found;
  const errors = problems.filter((p) => p.severity === "error").length;
  if (flags.json) {
    io.out(`${JSON.stringify({ ok: errors === 0, errors, warnings: problems.length - errors, problems }, null, 2)}\n`);
  } else {
    printProblems(io, problems);
    const summary =
      "archive" in result && errors === 0
        ? paint(
            io,
            "green",
            `ok: ${count(result.archive.articles.length, "article")}, ${count(result.archive.quotes.length, "quote")}, ${count(problems.length, "warning")}`,
          )
        : paint(io, "red", `${count(errors, "error")}, ${count(problems.length - errors, "warning")}`);
    io.err(`${summary}\n`);
  }
  return errors > 0 ? EXIT.content : EXIT.ok;
}
