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

/**
 * Serialises records as CSV (RFC 4180, CRLF rows) with a BOM and a header row. Lists become
 * `a; b`; nested objects (roles, figures) become JSON inside their cell. Every cell passes
 * through {@link neutraliseCell}, and a cell holding a lone `\n` or `\r` is quoted like one
 * holding `\r\n`.
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const columns = Object.keys(records[0] ?? {});
  const rows = records.map((record) => columns.map((column) => cell(record[column] ?? null)));
  return (
    BOM +
    stringify([columns, ...rows], {
      record_delimiter: "windows",
      quote_record_delimiter: true,
      cast: { string: neutraliseCell },
    })
  );
}
