// Files of a site made from something one digest names (Astro's share: src/io/astroReuse/; the data
// exports: src/io/exportsFolder.ts), recorded with their fingerprints so that the next build may
// keep them as they are when that digest has not changed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { linkFiles } from "./pageReuse/linkReused.ts";
import { pageFingerprint } from "./pageReuse/pageFingerprint.ts";
import { siteStamp } from "./pageReuse/siteStamp.ts";

/** What the last build recorded of such files: for which site, from what, and each file's fingerprint. */
interface FilesRecord {
  site: string;
  stamp: string;
  digest: string;
  files: Record<string, string>;
}

/** One build's decision about files kept by digest, and what to do with it. */
export interface RecordedFiles {
  /** True when the files are taken from the last site (for Astro's: and Astro does not run). */
  reused: boolean;
  /** The files in the last site (relative to it), when reused; else none. */
  files: string[];
  /**
   * The files in the last site (relative to it) when the last build recorded them for this very
   * site, reused or not (a site updated in place removes those the new build no longer makes); else undefined.
   */
  lastFiles: string[] | undefined;
  /** When reused: links the last site's files into `site`. */
  linkInto(site: string): void;
  /**
   * After the new site is in place: records the files (`files`, relative to the site) for the
   * next build. Returns a warning instead of throwing when the record cannot be written.
   */
  record(files: readonly string[]): string | undefined;
}

/** How many of `files` (relative to `site`, with their fingerprints as written) are not as written now. */
export function alteredFiles(site: string, files: Record<string, string>): number {
  let altered = 0;
  for (const [file, print] of Object.entries(files)) if (pageFingerprint(path.join(site, file)) !== print) altered += 1;
  return altered;
}

/**
 * How many of the files the record in `recordFile` holds for the site `final` are not as written
 * now; undefined when it holds no record of that site (of its stamp).
 */
export function alteredRecordedFiles(recordFile: string, final: string): number | undefined {
  const last = readRecord(recordFile);
  return last && last.site === final && last.stamp === siteStamp(final) ? alteredFiles(final, last.files) : undefined;
}

function readRecord(file: string): FilesRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as FilesRecord;
    return typeof record.digest === "string" && typeof record.files === "object" ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Files of the last site made from something a digest names (Astro's share; the data exports),
 * kept when it has not changed: never with `full`; only when the last build recorded them in
 * `recordFile` for this very site (its stamp), from the same `digest`, and every one of them is
 * still as it was written (src/io/pageReuse/pageFingerprint.ts). `unwritten` is the warning when
 * the record cannot be written (`{file}` and `{reason}` filled in).
 */
export function recordedFiles(options: {
  final: string;
  recordFile: string;
  full: boolean;
  digest: string;
  unwritten: string;
}): RecordedFiles {
  const { recordFile } = options;
  const last = options.full ? undefined : readRecord(recordFile);
  const ofThisSite = last !== undefined && last.site === options.final && last.stamp === siteStamp(options.final);
  const reused =
    ofThisSite &&
    last.digest === options.digest &&
    Object.keys(last.files).length > 0 &&
    alteredFiles(options.final, last.files) === 0;
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
        return options.unwritten.replace("{file}", recordFile).replace("{reason}", reason);
      }
    },
  };
}
