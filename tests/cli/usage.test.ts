import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCommandLine, type FlagSpecs } from "../../src/cli/args.ts";
import { readBuildCommandLine } from "../../src/cli/buildArgs.ts";
import { runCli } from "../support/runCli.ts";

const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");

const run = runCli;

const FLAGS: FlagSpecs = {
  content: { type: "string", value: "<dir>" },
  full: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

describe("reading a command line", () => {
  test.each([
    [["--content", "x", "--full"], { content: "x", full: true }],
    [["--content=x"], { content: "x" }],
    [["-h"], { help: true }],
    [[], {}],
  ])("%j reads as %j", (args, values) => {
    const line = readCommandLine(args, FLAGS, { positionals: false });
    expect(line).toEqual({ ok: true, values, positionals: [] });
  });

  test.each([
    [["--colour"], "unknown option --colour"],
    [["-x"], "unknown option -x"],
    [["--full=yes"], "--full takes no value (got --full=yes)"],
    [["--content"], "--content needs a value: --content <dir>"],
    [["--content", "--full"], "--content needs a value: --content <dir>"],
    [["extra"], "unexpected argument: extra"],
  ])("%j is the mistake %j, never an exception", (args, message) => {
    expect(readCommandLine(args, FLAGS, { positionals: false })).toEqual({ ok: false, message });
  });
});

describe("npm run archive -- <command>: unknown flags and --help", () => {
  const commands = ["check", "report", "import", "new", "search"];

  test.each(commands)("%s --bogus: exit 2, one line naming the flag, then the flags it takes", async (command) => {
    const result = await run([command, "--bogus"]);
    expect(result.code).toBe(2);
    const [first, ...rest] = result.err.split("\n");
    expect(first).toBe("unknown option --bogus");
    expect(rest.join("\n")).toContain(`Usage: npm run archive -- ${command}`);
    expect(rest.join("\n")).toMatch(/^ {2}--content <dir> +the content folder/mu);
    expect(result.err).not.toMatch(/\n\s+at /u);
    expect(result.out).toBe("");
  });

  test.each(commands)("%s --help prints that command's usage and exits 0", async (command) => {
    const result = await run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^Usage: npm run archive -- ${command}`, "u"));
    expect(result.out).toContain("--json");
    expect(result.err).toBe("");
  });

  test("search --help lists its own flags with the form of their values", async () => {
    const result = await run(["search", "--help"]);
    expect(result.out).toMatch(/--from YYYY-MM-DD +from this KST date on/u);
    expect(result.out).toMatch(/--type quote\|article\|policy/u);
  });
});

describe("npm run build: arguments", () => {
  const context = { env: { KEEP: "1" }, cwd: "/project" };

  test("--content DIR becomes the absolute ARCHIVE_CONTENT_DIR every part of the build reads", () => {
    expect(readBuildCommandLine(["--content", "archive/content", "--full"], context)).toEqual({
      build: { env: { KEEP: "1", ARCHIVE_CONTENT_DIR: "/project/archive/content" }, full: true },
    });
    expect(readBuildCommandLine([], context)).toEqual({ build: { env: { KEEP: "1" }, full: false } });
  });

  test.each([["--bogus"], ["--content"], ["dist"]])("%s is a usage error naming it", (arg) => {
    const line = readBuildCommandLine([arg], context);
    expect(line).toMatchObject({ exit: 2 });
    expect("err" in line && line.err?.split("\n")[0]).toContain(arg);
  });

  test("the real script: an unknown flag exits 2 with the flags and no stack trace; --help exits 0", () => {
    const bad = spawnSync(process.execPath, [TSX, "scripts/build.ts", "--conten", "x"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.split("\n")[0]).toBe("unknown option --conten");
    expect(bad.stderr).toMatch(/^ {2}--full +render every page again/mu);
    expect(bad.stderr).not.toContain("ERR_PARSE_ARGS");
    expect(bad.stderr).not.toMatch(/\n\s+at /u);
    const help = spawnSync(process.execPath, [TSX, "scripts/build.ts", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run build -- \[options\]/u);
    expect(help.stdout).toContain("--content <dir>");
  });
});
