import { parseArgs } from "node:util";
import { check } from "./commands/check.ts";
import { report } from "./commands/report.ts";
import { EXIT, type CliIo } from "./io.ts";

/** The help text of `npm run archive -- help`. */
export const HELP = `Usage: npm run archive -- <command> [options]

Commands:
  check              validate the whole archive; print every problem with file, line, field and fix
  report             the quote extraction report: per article, each quote, its speaker and verb,
                     and everything uncertain
  help               this text

Options:
  --content <dir>    the content folder (default: ARCHIVE_CONTENT_DIR, else ./content)
  --json             machine-readable output on standard output

Exit codes: 0 ok, 1 content errors, 2 wrong usage. Colour only on a terminal, never with NO_COLOR.
`;

const COMMANDS = { check, report } as const;

/** Runs the archive command line with the given arguments; returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { content: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const [name, ...rest] = parsed.positionals;
  if (name === undefined || name === "help" || parsed.values.help) {
    io.out(HELP);
    return name === undefined && !parsed.values.help ? EXIT.usage : EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.err(`unknown command: ${name}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (rest.length > 0) {
    io.err(`unexpected argument: ${rest.join(" ")}\n\n${HELP}`);
    return EXIT.usage;
  }
  return COMMANDS[name as keyof typeof COMMANDS](io, parsed.values);
}
