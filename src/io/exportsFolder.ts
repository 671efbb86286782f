import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { recordedFiles, type RecordedFiles } from "./recordedFiles.ts";
import { EXPORT_FORMATS, exportWriter } from "../lib/exports/exportFiles.ts";
import { EXPORT_NAMES, eachExportRecord, type ExportSource } from "../lib/exports/records.ts";

/** The folder of the data exports inside the site. */
export const EXPORTS_DIR = "data";

/** The files of the data exports, relative to the site (`data/quotes.json`, …). */
export function exportFiles(): string[] {
  return EXPORT_NAMES.flatMap((name) => EXPORT_FORMATS.map((format) => path.join(EXPORTS_DIR, `${name}.${format}`)));
}

/** The record of the data exports in the last site, in the cache folder. */
export const exportsRecordFile = (cacheDir: string): string => path.join(cacheDir, "exports.json");

/**
 * Whether the last site's data exports can be kept as they are: the exports are made from the
 * site's data alone (bodies left out), so they are the same when the code and site settings
 * (`version`, src/io/pageReuse/siteVersion.ts) and what the articles give the site's data
 * (`sourcesDigest`, ContentCheck.sourcesDigest) are, and their files are untouched since the last
 * build recorded them (`exports.json` in `cacheDir`). Without a sources digest, never.
 */
export function exportsReuse(options: {
  final: string;
  cacheDir: string;
  full: boolean;
  version: string;
  sourcesDigest: string | undefined;
}): RecordedFiles {
  const { sourcesDigest } = options;
  return recordedFiles({
    final: options.final,
    recordFile: exportsRecordFile(options.cacheDir),
    full: options.full || sourcesDigest === undefined,
    digest: createHash("sha256")
      .update(`${options.version}\0${sourcesDigest ?? "none"}`)
      .digest("hex"),
    unwritten: "the data exports' record could not be written to {file} ({reason}): the next build writes them again",
  });
}

/**
 * Writes the data exports of a site served at `origin` into a site folder's `data/`, the same
 * files `exportFileText` makes from `exportRecords` (src/lib/exports/), record by record: each record is
 * made once for both formats and let go when written, so no export is held whole in memory.
 * (`writeFileSync` on an open file writes all of a text at its current position.)
 */
export function writeSiteExports(siteDir: string, source: ExportSource, origin: string): void {
  const root = path.join(siteDir, EXPORTS_DIR);
  mkdirSync(root, { recursive: true });
  for (const name of EXPORT_NAMES) {
    const fds: number[] = [];
    try {
      for (const format of EXPORT_FORMATS) fds.push(openSync(path.join(root, `${name}.${format}`), "w"));
      const writers = EXPORT_FORMATS.map((format, i) => exportWriter(format, (text) => writeFileSync(fds[i]!, text)));
      eachExportRecord(source, origin, name, (record) => {
        for (const writer of writers) writer.add(record);
      });
      for (const writer of writers) writer.end();
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }
}
