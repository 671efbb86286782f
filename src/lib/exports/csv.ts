import { stringify } from "csv-stringify/sync";
import type { ExportRecord } from "./records.ts";

/** Byte-order mark: spreadsheet programs need it to read UTF-8 (and so Hangul) correctly. */
const BOM = "\uFEFF";

function cell(value: ExportRecord[string]): string {
  if (value === null) return "";
  if (Array.isArray(value)) {
    return value
      .map((item) => (typeof item === "object" && item !== null ? JSON.stringify(item) : String(item)))
      .join("; ");
  }
  return String(value);
}

/**
 * Serialises records as CSV (RFC 4180, CRLF rows) with a BOM and a header row. Lists become
 * `a; b`; nested objects (roles, figures) become JSON inside their cell.
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const columns = Object.keys(records[0] ?? {});
  const rows = records.map((record) => columns.map((column) => cell(record[column] ?? null)));
  return BOM + stringify([columns, ...rows], { record_delimiter: "windows" });
}
