import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

/** Runs `npm run archive -- <argv>` in-process, capturing what it prints and its exit code. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), env, cwd: process.cwd(), isTty: false };
  const code = await main(argv, io);
  return { code, out, err };
}
