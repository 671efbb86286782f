import { commandUsage, readCommandLine, usageErrorText, type FlagSpecs } from "./args.ts";
import { check } from "./commands/check.ts";
import { importCommand } from "./commands/import.ts";
import { init } from "./commands/init.ts";
import { newArticle } from "./commands/new.ts";
import { report } from "./commands/report.ts";
import { search } from "./commands/search.ts";
import { speakers } from "./commands/speakers.ts";
import { EXIT, type CliIo } from "./io.ts";

/** The help text of `npm run archive -- help`. */
export const HELP = `Usage: npm run archive -- <command> [options]

Commands:
  init <dir>         write a new, empty archive into a new or empty folder: site.yaml (the site's
                     name, description, origin, publisher and licence, to fill in), empty
                     speakers.yaml and topics.yaml, one example article; never overwrites
  check              validate the whole archive; print every problem with file, line, field and fix;
                     --strict also fails while an imported article has open review questions;
                     --all also lists the warnings articles acknowledge (acknowledge: in front matter)
  report             the quote extraction report: per article, each quote, its speaker and verb,
                     and everything uncertain
  import <file>...   turn copied news articles (text or saved .html) into content/articles/<year>/<id>.md
                     (articles/undated/ when no date is found); what it cannot decide goes into the
                     file's review: list; --force overwrites, --id ID names it, --year YYYY files an
                     undated one under its year; --url, --outlet, --published give what the
                     editor knows (they win over the text)
  new                scaffold a new article file; asks in a terminal for what the flags do not give:
                     --title, --outlet, --published, --reporter, --speakers a,b, --topics a,b, --url, --id, --force
  speakers           the people quoted by name who are not in speakers.yaml, as entries to add;
                     --add appends them to speakers.yaml (checked; left as it was if they clash)
  search <query>     search quotes, articles and policy items as the site does;
                     --type quote|article|policy, --speaker ID, --topic ID, --from/--to YYYY-MM-DD, --limit N
  help               this text

Options of every command:
  --content <dir>    the content folder (default: ARCHIVE_CONTENT_DIR, else ./content)
  --json             machine-readable output on standard output

Exit codes: 0 ok, 1 content errors, 2 wrong usage. Colour only on a terminal, never with NO_COLOR.
`;

type Flags = Record<string, string | boolean | undefined>;

/** A command: what it does with its flags and positional words, and which of each it takes. */
interface Command {
  /** Every flag it takes, with the usage text's words for each. */
  options: FlagSpecs;
  /** Whether the command takes positional words (files, a query). */
  positionals: boolean;
  /** How it is called, after `npm run archive -- ` (default: its name and `[options]`). */
  call?: string;
  /** One line on what it does, for `--help`. */
  summary?: string;
  run(io: CliIo, flags: Flags, words: readonly string[]): number | Promise<number>;
}

const COMMON: FlagSpecs = {
  content: {
    type: "string",
    value: "<dir>",
    help: "the content folder (default: ARCHIVE_CONTENT_DIR, else ./content)",
  },
  json: { type: "boolean", help: "machine-readable output on standard output" },
  help: { type: "boolean", short: "h", help: "print this command's usage and exit" },
};

// The flags `import` and `new` share: which file to write, and what the editor knows of the source.
const ARTICLE_FLAGS: FlagSpecs = {
  force: { type: "boolean", help: "overwrite an existing article file" },
  id: { type: "string", value: "<id>", help: "the article's id (file name)" },
  url: { type: "string", value: "<url>", help: "the source address" },
  outlet: { type: "string", value: "<name>", help: "the outlet" },
  published: { type: "string", value: "<ISO 8601>", help: "the publication date, KST without an offset" },
};

const COMMANDS: Record<string, Command> = {
  init: {
    call: "init <dir> [options]",
    summary:
      "Writes a new, empty archive into a new or empty folder: site.yaml to fill in, empty registries, one example article.",
    options: COMMON,
    positionals: true,
    run: (io, flags, words) => init(io, flags, words),
  },
  check: {
    summary: "Validates the whole archive and prints every problem with file, line, field and fix.",
    options: {
      ...COMMON,
      strict: { type: "boolean", help: "also fail while an imported article has open review questions" },
      all: { type: "boolean", help: "also list the warnings articles acknowledge (`acknowledge:` in front matter)" },
    },
    positionals: false,
    run: (io, flags) => check(io, flags),
  },
  speakers: {
    summary: "Proposes a speakers.yaml entry for each person quoted by name who is not in it; --add appends them.",
    options: {
      ...COMMON,
      add: { type: "boolean", help: "append the proposed entries to speakers.yaml (checked, undone if they clash)" },
    },
    positionals: false,
    run: (io, flags) => speakers(io, flags),
  },
  report: {
    summary: "The quote extraction report: per article, each quote, its speaker and verb, and what is uncertain.",
    options: COMMON,
    positionals: false,
    run: (io, flags) => report(io, flags),
  },
  import: {
    call: "import <file>... [options]",
    summary: "Turns copied news articles (text or saved .html) into content/articles/<year>/<id>.md.",
    // --url, --outlet and --published win over what the text says.
    options: {
      ...COMMON,
      ...ARTICLE_FLAGS,
      year: { type: "string", value: "YYYY", help: "file an undated article under this year" },
    },
    positionals: true,
    run: (io, flags, files) => importCommand(io, { ...flags, files }),
  },
  new: {
    summary: "Scaffolds a new article file; asks in a terminal for what the flags do not give.",
    options: {
      ...COMMON,
      ...ARTICLE_FLAGS,
      title: { type: "string", value: "<text>", help: "the headline" },
      reporter: { type: "string", value: "<name>", help: "the byline" },
      speakers: { type: "string", value: "<id,id>", help: "speaker ids from content/speakers.yaml" },
      topics: { type: "string", value: "<id,id>", help: "topic ids from content/topics.yaml" },
    },
    positionals: false,
    run: (io, flags) => newArticle(io, flags),
  },
  search: {
    call: "search <query> [options]",
    summary: "Searches quotes, articles and policy items as the site does.",
    options: {
      ...COMMON,
      type: { type: "string", value: "quote|article|policy", help: "only this kind of record" },
      speaker: { type: "string", value: "<id>", help: "only records of this speaker" },
      topic: { type: "string", value: "<id>", help: "only records of this topic" },
      from: { type: "string", value: "YYYY-MM-DD", help: "from this KST date on (inclusive)" },
      to: { type: "string", value: "YYYY-MM-DD", help: "up to this KST date (inclusive)" },
      limit: { type: "string", value: "<n>", help: "how many results to print (default 20)" },
    },
    positionals: true,
    run: (io, flags, words) => search(io, flags as Record<string, string | undefined> & { json?: boolean }, words),
  },
};

function usage(io: CliIo, message: string): number {
  io.err(`${message}\n\n${HELP}`);
  return EXIT.usage;
}

/** How a command is called and what it takes, for its `--help` and its usage errors. */
function usageOf(name: string, command: Command): { call: string; summary?: string | undefined; flags: FlagSpecs } {
  return {
    call: `npm run archive -- ${command.call ?? `${name} [options]`}`,
    summary: command.summary,
    flags: command.options,
  };
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
  const parsed = readCommandLine(argv.slice(1), command.options, { positionals: command.positionals });
  if (!parsed.ok) {
    io.err(usageErrorText(parsed.message, usageOf(name, command)));
    return EXIT.usage;
  }
  if (parsed.values["help"]) {
    io.out(commandUsage(usageOf(name, command)));
    return EXIT.ok;
  }
  return command.run(io, parsed.values, parsed.positionals);
}
