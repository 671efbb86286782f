import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Folder of the test fixtures. */
export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** The case folders under a fixture folder, sorted. */
export function fixtureCases(folder: string): string[] {
  return readdirSync(path.join(FIXTURES, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Compares `actual` with the case's expected JSON file. With UPDATE_FIXTURES=1 the file is
 * (re)written instead: review the diff like code before committing it.
 */
export function expectedJson(file: string, actual: unknown): unknown {
  const serialised = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env["UPDATE_FIXTURES"] === "1" || !existsSync(file)) {
    if (process.env["CI"] && !existsSync(file)) throw new Error(`missing expected file ${file}`);
    writeFileSync(file, serialised);
  }
  return JSON.parse(readFileSync(file, "utf8"));
}
