import { parseArgs } from "node:util";

/** One flag a command takes: how it is read, and how its usage text describes it. */
export interface FlagSpec {
  type: "string" | "boolean";
  /** A one-letter alias (`-h`). */
  short?: string;
  /** What the usage text shows for the value, e.g. `<dir>`, `YYYY-MM-DD` (string flags). */
  value?: string;
  /** One line on what the flag does, for the usage text. */
  help?: string;
}

/** The flags of one command, by long name. */
export type FlagSpecs = Record<string, FlagSpec>;

/** What a command line says, once it was read without a mistake. */
export interface ParsedCommandLine {
  /** Flag values by long name: strings for string flags, `true` for boolean ones given. */
  values: Record<string, string | boolean | undefined>;
  /** The words that are not flags, in order. */
  positionals: string[];
}

/** A command line read against a command's flags: what it says, or the one mistake in it. */
export type CommandLineResult = ({ ok: true } & ParsedCommandLine) | { ok: false; message: string };

function flagName(name: string, spec: FlagSpec | undefined): string {
  return name.length === 1 && spec === undefined ? `-${name}` : `--${name}`;
}

/**
 * Reads a command line against the flags a command takes. Unlike `parseArgs` in strict mode it
 * never throws: a mistake comes back as one line naming the flag (`unknown option --colour`,
 * `--content needs a value: --content <dir>`, `--full takes no value`), for a usage error.
 */
export function readCommandLine(
  args: readonly string[],
  specs: FlagSpecs,
  options: { positionals: boolean },
): CommandLineResult {
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name]] : [])));
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: ParsedCommandLine["values"] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const name = byShort.get(token.name) ?? token.name;
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) return { ok: false, message: `unknown option ${token.rawName}` };
    const long = flagName(name, spec);
    if (spec.type === "boolean") {
      if (token.value !== undefined)
        return { ok: false, message: `${long} takes no value (got ${token.rawName}=${token.value})` };
      values[name] = true;
      continue;
    }
    const shape = `${long} ${spec.value ?? "<value>"}`;
    // A flag right after a string flag is a forgotten value, not the value (`--content --json`).
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
      return { ok: false, message: `${long} needs a value: ${shape}` };
    values[name] = token.value;
  }
  if (!options.positionals && positionals.length > 0)
    return { ok: false, message: `unexpected argument: ${positionals.join(" ")}` };
  return { ok: true, values, positionals };
}

/** The flags of a command as a usage text lists them: `  --content <dir>  the content folder …`, one per line. */
export function flagList(specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : "";
    const value = spec.type === "string" ? ` ${spec.value ?? "<value>"}` : "";
    return [`${short}--${name}${value}`, spec.help ?? ""] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, help]) => `  ${left.padEnd(width)}  ${help}`.trimEnd()).join("\n");
}

/** The usage text of one command: how to call it, what it does, and every flag it takes. */
export function commandUsage(usage: { call: string; summary?: string | undefined; flags: FlagSpecs }): string {
  const summary = usage.summary ? `\n${usage.summary}\n` : "";
  return `Usage: ${usage.call}\n${summary}\nOptions:\n${flagList(usage.flags)}\n`;
}

/** A usage error as printed: one line naming the mistake, then the flags the command takes. */
export function usageErrorText(message: string, usage: { call: string; flags: FlagSpecs }): string {
  return `${message}\nUsage: ${usage.call}\nOptions:\n${flagList(usage.flags)}\n`;
}
