import { renameSync, writeFileSync } from "node:fs";

/** Writes `text` into `file` whole or not at all: written aside (named by the process), then renamed over it. */
export function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
