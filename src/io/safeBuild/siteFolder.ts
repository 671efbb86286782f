import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** True when a folder holds a finished site: at least its home page, `index.html`. */
export function isCompleteSite(dir: string): boolean {
  return existsSync(path.join(dir, "index.html"));
}

/** Every file under a site folder (not its folders), as paths relative to it. */
export function siteFiles(dir: string): string[] {
  // Entries with their types: a plain recursive listing stats every entry to find the folders,
  // which for a large site took twice as long.
  const root = path.resolve(dir);
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    // Entries are listed under `root` as given, so their folder relative to it is what follows it.
    const folder = entry.parentPath.slice(root.length + 1);
    files.push(folder === "" ? entry.name : `${folder}${path.sep}${entry.name}`);
  }
  return files;
}

/** The number of pages (`.html` files) among a site's files. */
export function countPages(files: readonly string[]): number {
  return files.filter((entry) => entry.endsWith(".html")).length;
}
