// Astro's share of a build (the one-off pages, the feeds, the search page's script, the public
// files) taken whole from the last site when nothing it is made from has changed: the site's code
// and identity, and the one-off pages' data (src/lib/site/oncePages.ts). A warm build after an
// article edit that touches none of them then runs no Astro at all.
import { createHash } from "node:crypto";
import path from "node:path";
import { recordedFiles, type RecordedFiles } from "../recordedFiles.ts";

/** One build's decision about Astro, and what to do with it (src/io/recordedFiles.ts). */
export type AstroReuse = RecordedFiles;

/** The digest of what Astro's share is made from: the site's code version and the one-off pages' data file. */
export function astroDigest(codeVersion: string, oncePagesBytes: Uint8Array): string {
  return createHash("sha256").update(codeVersion).update("\0").update(oncePagesBytes).digest("hex");
}

/** The record of Astro's files in the last site, in the cache folder. */
export const astroRecordFile = (cacheDir: string): string => path.join(cacheDir, "astro.json");

/**
 * Decides whether a build of `final` may take Astro's share from the last site: never with `full`;
 * only when the last build recorded it for this very site (its stamp), from the same `digest`, and
 * every one of its files is still as it was written (src/io/pageReuse/pageFingerprint.ts).
 */
export function astroReuse(options: { final: string; cacheDir: string; full: boolean; digest: string }): AstroReuse {
  return recordedFiles({
    ...options,
    recordFile: astroRecordFile(options.cacheDir),
    unwritten: "Astro's record could not be written to {file} ({reason}): the next build runs Astro again",
  });
}
