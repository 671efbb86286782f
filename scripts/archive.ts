// Entry point of `npm run archive -- <command>`: wires the real process to the command line.
import { createInterface } from "node:readline/promises";
import { main } from "../src/cli/main.ts";

const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
  ask: terminal ? (question) => terminal.question(question) : undefined,
});
terminal?.close();
