import { existsSync, readdirSync, renameSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";

const isFolder = (file: string): boolean => statSync(file).isDirectory();

/**
 * Moves everything in `from` into `into`, by renames: an entry `into` lacks is moved whole; where
 * both have a folder of one name, the one with fewer entries is moved into the other, so merging
 * tens of thousands of pages into a folder holding a few costs a few renames. Two files for one
 * name are a bug in the build: it throws, naming the file. `from` is left empty.
 */
export function mergeFolders(from: string, into: string): void {
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    const target = path.join(into, name);
    if (!existsSync(target)) {
      renameSync(source, target);
      continue;
    }
    if (!isFolder(source) || !isFolder(target)) {
      throw new Error(`two pages were written for ${target}: by Astro and by a page worker`);
    }
    const fewer = readdirSync(source).length <= readdirSync(target).length;
    if (fewer) {
      mergeFolders(source, target);
      rmdirSync(source);
    } else {
      mergeFolders(target, source);
      rmdirSync(target);
      renameSync(source, target);
    }
  }
}
