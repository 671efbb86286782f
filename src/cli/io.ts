/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The environment (NO_COLOR, ARCHIVE_CONTENT_DIR). */
  env: Record<string, string | undefined>;
  /** The working folder paths are resolved against. */
  cwd: string;
  /** True when standard error is a terminal (colour and progress only then). */
  isTty: boolean;
  /** Asks the editor a question and resolves to the answer; absent when input is not a terminal. */
  ask?: ((question: string) => Promise<string>) | undefined;
}

/** Exit codes: 0 all well, 1 content errors, 2 the command was used wrongly. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

/** Colours a label red or yellow, only on a terminal and never when NO_COLOR is set. */
export function paint(io: CliIo, colour: "red" | "yellow" | "green", text: string): string {
  if (!io.isTty || io.env["NO_COLOR"] !== undefined) return text;
  const code = { red: 31, yellow: 33, green: 32 }[colour];
  return `\u001B[${code}m${text}\u001B[39m`;
}
