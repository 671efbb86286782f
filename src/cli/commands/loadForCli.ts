import path from "node:path";
import { loadArchive } from "../../io/readArchiveSources.ts";
import { archiveCacheDir, archiveSettings } from "../../io/settings.ts";
import { damagedCacheNotice } from "../../io/articleCache.ts";
import type { Archive } from "../../lib/archive/buildArchive.ts";
import { ContentError, formatProblem, type ContentProblem } from "../../lib/errors.ts";
import { paint, type CliIo } from "../io.ts";

/** The content folder a command works on: `--content`, else ARCHIVE_CONTENT_DIR, else `content/`. */
export function contentDirFor(io: CliIo, flag: string | undefined): string {
  return flag ? path.resolve(io.cwd, flag) : archiveSettings(io.env, io.cwd).contentDir;
}

/** Prints problems to standard error: errors red, warnings yellow (on a terminal without NO_COLOR). */
export function printProblems(io: CliIo, problems: readonly ContentProblem[]): void {
  for (const problem of problems) {
    io.err(`${paint(io, problem.severity === "error" ? "red" : "yellow", formatProblem(problem))}\n`);
  }
}

/** The project this command line belongs to (its `src/lib/` is the parser whose results are cached). */
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

/**
 * Loads the archive, or returns the problems that stopped it (content errors only; bugs propagate).
 * Parsed articles are shared with the build's cache, so checking a large archive again is quick.
 */
export function loadForCli(
  io: CliIo,
  contentDir: string,
): { archive: Archive } | { problems: readonly ContentProblem[] } {
  try {
    return {
      archive: loadArchive(contentDir, io.cwd, {
        cacheDir: archiveCacheDir(io.cwd, io.env),
        projectRoot: PROJECT_ROOT,
        onCache: (stats) => {
          const notice = damagedCacheNotice(stats);
          if (notice) io.err(`${notice}\n`);
        },
        onCacheWarning: (warning) => io.err(`warning: ${warning}\n`),
      }),
    };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}
