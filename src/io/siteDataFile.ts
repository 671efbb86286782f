// The site's data as `npm run build` checked it, handed to its Astro build and page workers in one
// file: each reads it back instead of reading the content folder and building the archive again
// from the article cache. They then render exactly the content that was checked, even if a file is
// saved during the build. The file is written before any of them starts.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { ContentProblem } from "../lib/errors.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";

/** What the file holds: the site's data and the archive's warnings, for the build log. */
export interface SiteDataFile {
  site: SiteIndex;
  warnings: readonly ContentProblem[];
}

/** Writes the site's data whole or not at all (a reader never sees half a file). */
export function writeSiteData(file: string, data: SiteDataFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(data));
  renameSync(temporary, file);
}

/** Reads the site's data back; throws naming the file when it cannot. */
export function readSiteData(file: string): SiteDataFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`the site's data could not be read from ${file} (${reason}); run \`npm run build\` again`);
  }
  return deserialize(bytes) as SiteDataFile;
}
