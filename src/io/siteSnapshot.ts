// The site's data as `npm run build` checked it, handed to its Astro processes in one file: each
// reads it back (0.6 s for 10,000 articles) instead of reading the content folder and building the
// archive again from the article cache (1.5 s, in each of two processes). The Astro processes then
// also render exactly the content that was checked, even if a file is saved during the build.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { deserialize, serialize } from "node:v8";
import type { ContentProblem } from "../lib/errors.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";

/** The environment variable naming the snapshot file an Astro build reads its data from. */
export const SITE_SNAPSHOT = "ARCHIVE_SITE_SNAPSHOT";

/** What the snapshot holds: the site's data and the archive's warnings, for the build log. */
export interface SiteSnapshot {
  site: SiteIndex;
  warnings: readonly ContentProblem[];
}

/** Writes the snapshot whole or not at all (a reader never sees half a file). */
export function writeSiteSnapshot(file: string, snapshot: SiteSnapshot): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(snapshot));
  renameSync(temporary, file);
}

/** How long a reader waits for the snapshot before giving up: the check has passed by then. */
const WAIT_MS = 120_000;
const POLL_MS = 20;

/**
 * Reads the snapshot, waiting for it while it is being written: the Astro processes start as soon
 * as the check has passed, and the snapshot is written while they start (it is needed a few seconds
 * later). Throws, naming the file, when it has not appeared after `waitMs`.
 */
export async function readSiteSnapshot(file: string, waitMs = WAIT_MS): Promise<SiteSnapshot> {
  const deadline = Date.now() + waitMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) {
      throw new Error(`the site's data was never written to ${file} (${SITE_SNAPSHOT}); run \`npm run build\` again`);
    }
    await sleep(POLL_MS);
  }
  return deserialize(readFileSync(file)) as SiteSnapshot;
}
