// Astro's share of a build (the one-off pages, the feeds, the search page's script, the public
// files) taken whole from the last site when nothing it is made from has changed: the site's code
// and identity, and the one-off pages' data (src/lib/site/oncePages.ts). A warm build after an
// article edit that touches none of them then runs no Astro at all.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { linkFiles } from "../pageReuse/linkReused.ts";
import path from "node:path";
import { pageFingerprint } from "../pageReuse/pageFingerprint.ts";
import { siteStamp } from "../pageReuse/siteStamp.ts";

/** What the last build recorded of Astro's share: for which site, from what, and each file's fingerprint. */
interface AstroRecord {
  site: string;
  stamp: string;
  digest: string;
  files: Record<string, string>;
}

/** One build's decision about Astro, and what to do with it. */
export interface AstroReuse {
  /** True when Astro's files are taken from the last site and Astro does not run. */
  reused: boolean;
  /** Astro's files in the last site (relative to it), when reused; else none. */
  files: string[];
  /**
   * Astro's files in the last site (relative to it) when the last build recorded them for this very
   * site, reused or not (a site updated in place removes those the new build no longer makes); else undefined.
   */
  lastFiles: string[] | undefined;
  /** When reused: links the last site's Astro files into `site`. */
  linkInto(site: string): void;
  /**
   * After the new site is in place: records Astro's files (`files`, relative to the site) for the
   * next build. Returns a warning instead of throwing when the record cannot be written.
   */
  record(files: readonly string[]): string | undefined;
}

/** The digest of what Astro's share is made from: the site's code version and the one-off pages' data file. */
export function astroDigest(codeVersion: string, oncePagesBytes: Uint8Array): string {
  return createHash("sha256").update(codeVersion).update("\0").update(oncePagesBytes).digest("hex");
}

function readRecord(file: string): AstroRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as AstroRecord;
    return typeof record.digest === "string" && typeof record.files === "object" ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decides whether a build of `final` may take Astro's share from the last site: never with `full`;
 * only when the last build recorded it for this very site (its stamp), from the same `digest`, and
 * every one of its files is still as it was written (src/io/pageReuse/pageFingerprint.ts).
 */
export function astroReuse(options: { final: string; cacheDir: string; full: boolean; digest: string }): AstroReuse {
  const recordFile = path.join(options.cacheDir, "astro.json");
  const last = options.full ? undefined : readRecord(recordFile);
  const ofThisSite = last !== undefined && last.site === options.final && last.stamp === siteStamp(options.final);
  const reused =
    ofThisSite &&
    last.digest === options.digest &&
    Object.keys(last.files).length > 0 &&
    Object.entries(last.files).every(([file, print]) => pageFingerprint(path.join(options.final, file)) === print);
  const files = reused && last ? Object.keys(last.files) : [];
  return {
    reused,
    files,
    lastFiles: ofThisSite ? Object.keys(last.files) : undefined,
    linkInto: (site) => void linkFiles(files, options.final, site),
    record: (files) => {
      const stamp = siteStamp(options.final);
      if (!stamp) return undefined;
      const prints: Record<string, string> = {};
      for (const file of files) {
        const print = pageFingerprint(path.join(options.final, file));
        if (print) prints[file] = print;
      }
      const temporary = `${recordFile}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(recordFile), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ site: options.final, stamp, digest: options.digest, files: prints }));
        renameSync(temporary, recordFile);
        return undefined;
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return `Astro's record could not be written to ${recordFile} (${reason}): the next build runs Astro again`;
      }
    },
  };
}
