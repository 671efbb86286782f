import { parseArgs, type ParseArgsConfig } from "node:util";
import { check } from "./commands/check.ts";
import { importCommand } from "./commands/import.ts";
import { newArticle } from "./commands/new.ts";
import { report } from "./commands/report.ts";
import { search } from "./commands/search.ts";
import { EXIT, type CliIo } from "./io.ts";

/** The help text of `npm run archive -- help`. */
export const HELP = `Usage: npm run archive -- <command> [options]

Commands:
  check              validate the whole archive; print every problem with file, line, field and fix;
                     --strict also fails while an imported article has open review questions
  report             the quote extraction report: per article, each quote, its speaker and verb,
                     and everything uncertain
  import <file>...   turn copied news articles (text or saved .html) into content/articles/<year>/<id>.md
                     (articles/undated/ when no date is found); what it cannot decide goes into the
                     file's review: list; --force overwrites, --id ID names it, --year YYYY files an
                     undated one under its year; --url, --outlet, --published give what the
                     editor knows (they win over the text)
  new                scaffold a new article file; asks in a terminal for what the flags do not give:
                     --title, --outlet, --published, --reporter, --speakers a,b, --topics a,b, --url, --id, --force
  search <query>     search quotes, articles and policy items as the site does;
                     --type quote|article|policy, --speaker ID, --topic ID, --from/--to YYYY-MM-DD, --limit N
  help               this text

Options of every command:
  --content <dir>    the content folder (default: ARCHIVE_CONTENT_DIR, else ./content)
  --json             machine-readable output on standard output

Exit codes: 0 ok, 1 content errors, 2 wrong usage. Colour only on a terminal, never with NO_COLOR.
`;

type Options = NonNullable<ParseArgsConfig["options"]>;
type Flags = Record<string, string | boolean | undefined>;

/** A command: what it does with its flags and positional words, and which of each it takes. */
interface Command {
  options: Options;
  /** Whether the command takes positional words (files, a query). */
  positionals: boolean;
  run(io: CliIo, flags: Flags, words: readonly string[]): number | Promise<number>;
}

const COMMON: Options = {
  content: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

const COMMANDS: Record<string, Command> = {
  check: {
    options: { ...COMMON, strict: { type: "boolean" } },
    positionals: false,
    run: (io, flags) => check(io, flags),
  },
  report: { options: COMMON, positionals: false, run: (io, flags) => report(io, flags) },
  import: {
    options: {
      ...COMMON,
      force: { type: "boolean" },
      id: { type: "string" },
      year: { type: "string" },
      url: { type: "string" },
      outlet: { type: "string" },
      published: { type: "string" },
    },
    positionals: true,
    run: (io, flags, files) => importCommand(io, { ...flags, files }),
  },
  new: {
    options: {
      ...COMMON,
      force: { type: "boolean" },
      id: { type: "string" },
      title: { type: "string" },
      outlet: { type: "string" },
      published: { type: "string" },
      reporter: { type: "string" },
      speakers: { type: "string" },
      topics: { type: "string" },
      url: { type: "string" },
    },
    positionals: false,
    run: (io, flags) => newArticle(io, flags),
  },
  search: {
    options: {
      ...COMMON,
      type: { type: "string" },
      speaker: { type: "string" },
      topic: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      limit: { type: "string" },
    },
    positionals: true,
    run: (io, flags, words) => search(io, flags as Record<string, string | undefined> & { json?: boolean }, words),
  },
};

function usage(io: CliIo, message: string): number {
  io.err(`${message}\n\n${HELP}`);
  return EXIT.usage;
}

/** Runs the archive command line with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name] = argv;
  if (name === undefined) return usage(io, "no command given");
  if (name === "help" || name === "--help" || name === "-h") {
    io.out(HELP);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usage(io, `unknown command: ${name}`);
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), allowPositionals: true, options: command.options });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  if (parsed.values["help"]) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (!command.positionals && parsed.positionals.length > 0)
    return usage(io, `unexpected argument: ${parsed.positionals.join(" ")}`);
  return command.run(io, parsed.values as Flags, parsed.positionals);
}
