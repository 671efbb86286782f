import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The folder of the data exports inside the site. */
export const EXPORTS_DIR = "data";

/** Writes the data exports (file name → text) into a site folder's `data/`. */
export function writeExports(siteDir: string, files: ReadonlyMap<string, string>): void {
  const root = path.join(siteDir, EXPORTS_DIR);
  mkdirSync(root, { recursive: true });
  for (const [name, text] of files) writeFileSync(path.join(root, name), text);
}
