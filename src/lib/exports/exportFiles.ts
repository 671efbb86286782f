import { toCsv } from "./csv.ts";
import { EXPORT_NAMES, exportRecords, type ExportRecord, type ExportSource } from "./records.ts";

/** The formats every export is written in. */
export const EXPORT_FORMATS = ["json", "csv"] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The text of one export file from its records: pretty JSON with a final line break, or CSV. */
export function exportFileText(format: ExportFormat, records: readonly ExportRecord[]): string {
  return format === "json" ? `${JSON.stringify(records, null, 2)}\n` : toCsv(records);
}

/**
 * Every data export of a site served at `origin`, by its file name (`quotes.csv`): what `/data/`
 * holds. `npm run build` writes them from its content worker; `astro dev` and a plain
 * `astro build` serve them through src/pages/data/[name].json.ts and [name].csv.ts, from the same function.
 */
export function exportFiles(source: ExportSource, origin: string): Map<string, string> {
  const records = exportRecords(source, origin);
  const files = new Map<string, string>();
  for (const name of EXPORT_NAMES) {
    for (const format of EXPORT_FORMATS) files.set(`${name}.${format}`, exportFileText(format, records[name]));
  }
  return files;
}
