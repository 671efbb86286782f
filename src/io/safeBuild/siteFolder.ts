import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** True when a folder holds a finished site: at least its home page, `index.html`. */
export function isCompleteSite(dir: string): boolean {
  return existsSync(path.join(dir, "index.html"));
}

/** Every file and folder under a site folder, as paths relative to it. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" });
}

/** The number of pages (`.html` files) among a site's files. */
export function countPages(files: readonly string[]): number {
  return files.filter((entry) => entry.endsWith(".html")).length;
}
