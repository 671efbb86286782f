import path from "node:path";
import { commandUsage, readCommandLine, usageErrorText, type FlagSpecs } from "./args.ts";
import { EXIT } from "./io.ts";

/** The flags of `npm run build`. */
export const BUILD_FLAGS: FlagSpecs = {
  content: {
    type: "string",
    value: "<dir>",
    help: "the content folder to build (default: ARCHIVE_CONTENT_DIR, else ./content)",
  },
  full: { type: "boolean", help: "render every page again (by default unchanged pages are kept)" },
  help: { type: "boolean", short: "h", help: "print this usage and exit" },
};

const BUILD_USAGE = {
  call: "npm run build -- [options]",
  summary:
    "Checks the archive, builds the site into a temporary folder and replaces dist/ only if the build succeeded.",
  flags: BUILD_FLAGS,
};

/** What `npm run build` was asked to do: build (with this environment and options), or stop with a message. */
export type BuildCommandLine =
  { build: { env: Record<string, string | undefined>; full: boolean } } | { exit: number; out?: string; err?: string };

/**
 * Reads the arguments of `npm run build`. `--content DIR` becomes ARCHIVE_CONTENT_DIR (an absolute
 * path) in the environment the build and its Astro processes get, which is where every part of the
 * build reads the content folder from. A mistake is a usage error (exit 2): one line naming it,
 * then the flags; `--help` prints the usage (exit 0).
 */
export function readBuildCommandLine(
  argv: readonly string[],
  context: { env: Record<string, string | undefined>; cwd: string },
): BuildCommandLine {
  const line = readCommandLine(argv, BUILD_FLAGS, { positionals: false });
  if (!line.ok) return { exit: EXIT.usage, err: usageErrorText(line.message, BUILD_USAGE) };
  if (line.values["help"]) return { exit: EXIT.ok, out: commandUsage(BUILD_USAGE) };
  const content = line.values["content"];
  const env =
    typeof content === "string"
      ? { ...context.env, ARCHIVE_CONTENT_DIR: path.resolve(context.cwd, content) }
      : context.env;
  return { build: { env, full: line.values["full"] === true } };
}
