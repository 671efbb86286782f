import { stringify, type Cast } from "csv-stringify/sync";
import type { ExportRecord } from "./records.ts";

/** Byte-order mark: spreadsheet programs need it to read UTF-8 (and so Hangul) correctly. */
const BOM = "\uFEFF";

/**
 * What a spreadsheet may read as the start of a formula: OWASP's list (`=`, `+`, `-`, `@`, tab,
 * carriage return) and the full-width `＝＋－＠`. LibreOffice and Excel take the full-width forms
 * as text, but Apple Numbers has been seen to normalise them to ASCII (csv-stringify's
 * `escape_formulas` lists them for that reason); the cost of including them is one visible `'`
 * before a rare cell, so they are included.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

/**
 * Neutralises a cell a spreadsheet would evaluate (OWASP, CSV Injection): prefixes it with `'`
 * and forces double quotes around it. Applied to every cell, header cells included. A negative
 * figure (`-3`, `-3%`) starts with `-` too and is neutralised like any other: the file cannot tell
 * a number from a formula for every program, so it reads `'-3` in a spreadsheet and `'-3` to a
 * script, consistently. Other cells are left to csv-stringify (quoted only when needed).
 */
const neutraliseCell: Cast<string> = (value) =>
  FORMULA_START.test(value) ? { value: `'${value}`, quoted: true } : value;

function cell(value: ExportRecord[string]): string {
  if (value === null) return "";
  if (Array.isArray(value)) {
    return value
      .map((item) => (typeof item === "object" && item !== null ? JSON.stringify(item) : String(item)))
      .join("; ");
  }
  return String(value);
}

const OPTIONS = {
  record_delimiter: "windows",
  quote_record_delimiter: true,
  cast: { string: neutraliseCell },
} as const;

/**
 * Serialises records as CSV (RFC 4180, CRLF rows) with a BOM and a header row. Lists become
 * `a; b`; nested objects (roles, figures) become JSON inside their cell. Every cell passes
 * through {@link neutraliseCell}, and a cell holding a lone `\n` or `\r` is quoted like one
 * holding `\r\n`.
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const pieces: string[] = [];
  const writer = csvWriter((text) => pieces.push(text));
  for (const record of records) writer.add(record);
  writer.end();
  return pieces.join("");
}

/** Takes records one at a time and gives CSV text in pieces, which joined are {@link toCsv} of them all. */
export interface RecordWriter {
  add(record: ExportRecord): void;
  /** Gives the rest of the text: call once, after the last record. */
  end(): void;
}

/**
 * {@link toCsv} record by record: every `batch` records their rows are given to `emit` (the BOM and
 * the header row, the first record's keys, before the first). Each row ends with its own line
 * break, so rows serialised in batches are the rows serialised at once.
 */
export function csvWriter(emit: (text: string) => void, batch = 256): RecordWriter {
  let columns: string[] | null = null;
  let rows: string[][] = [];
  const flush = (): void => {
    if (columns === null || rows.length === 0) return;
    emit(stringify(rows, OPTIONS));
    rows = [];
  };
  return {
    add(record) {
      if (columns === null) {
        columns = Object.keys(record);
        emit(BOM);
        rows.push(columns);
      }
      const row: string[] = [];
      for (const column of columns) row.push(cell(record[column] ?? null));
      rows.push(row);
      if (rows.length >= batch) flush();
    },
    end() {
      if (columns === null) {
        // No records: a header of no columns, one empty row.
        emit(BOM + stringify([[]], OPTIONS));
        return;
      }
      flush();
    },
  };
}
