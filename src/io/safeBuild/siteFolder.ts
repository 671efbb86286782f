import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** True when a folder holds a finished site: at least its home page, `index.html`. */
export function isCompleteSite(dir: string): boolean {
  return existsSync(path.join(dir, "index.html"));
}

/** The number of pages (`.html` files) anywhere under a site folder. */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((entry) => entry.endsWith(".html")).length;
}
