import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * What makes the folders of a site's files as they are written, one per page (`quotes/x/` for
 * `quotes/x/index.html`): the folder above each once (`quotes/`, recursively), then the folder
 * itself with one plain mkdir, cheaper than a recursive one (the README's Builds section). A
 * folder already there (made for a file below it) is fine.
 */
export function folderMaker(): (folder: string) => void {
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
