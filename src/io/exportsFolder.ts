import { closeSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXPORT_FORMATS, exportWriter } from "../lib/exports/exportFiles.ts";
import { EXPORT_NAMES, eachExportRecord, type ExportSource } from "../lib/exports/records.ts";

/** The folder of the data exports inside the site. */
export const EXPORTS_DIR = "data";

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
