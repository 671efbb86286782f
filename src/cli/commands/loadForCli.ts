import path from "node:path";
import { loadArchive } from "../../io/readArchiveSources.ts";
import type { Archive } from "../../lib/archive/buildArchive.ts";
import { ContentError, formatProblem, type ContentProblem } from "../../lib/errors.ts";
import { paint, type CliIo } from "../io.ts";

/** The content folder a command works on: `--content`, else ARCHIVE_CONTENT_DIR, else `content/`. */
export function contentDirFor(io: CliIo, flag: string | undefined): string {
  return path.resolve(io.cwd, flag ?? io.env["ARCHIVE_CONTENT_DIR"] ?? "content");
}

/** Prints problems to standard error: errors red, warnings yellow (on a terminal without NO_COLOR). */
export function printProblems(io: CliIo, problems: readonly ContentProblem[]): void {
  for (const problem of problems) {
    io.err(`${paint(io, problem.severity === "error" ? "red" : "yellow", formatProblem(problem))}\n`);
  }
}

/** Loads the archive, or returns the problems that stopped it (content errors only; bugs propagate). */
export function loadForCli(
  io: CliIo,
  contentDir: string,
): { archive: Archive } | { problems: readonly ContentProblem[] } {
  try {
    return { archive: loadArchive(contentDir, io.cwd) };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}
