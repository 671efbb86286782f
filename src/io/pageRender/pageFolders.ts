import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * What makes each page's own folder (`quotes/x/` for `quotes/x/index.html`) as pages are written:
 * the folder above it once (`quotes/`, recursively), then the page's folder with one plain mkdir,
 * which costs less than half of a recursive one. A folder already there (a page's folder made for
 * a page below it) is fine.
 */
export function pageFolderMaker(): (folder: string) => void {
  const parents = new Set<string>();
  return (folder) => {
    const parent = path.dirname(folder);
    if (!parents.has(parent)) {
      mkdirSync(parent, { recursive: true });
      parents.add(parent);
    }
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  };
}
