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

/** What makes a cell need double quotes (RFC 4180): a comma, a double quote, or a line break (a lone `\r` or `\n` too). */
const NEEDS_QUOTES = /[",\r\n]/u;

/**
 * One cell as written, RFC 4180: in double quotes (and its double quotes doubled) when it holds a
 * comma, a double quote or a line break. A cell a spreadsheet would evaluate is neutralised (OWASP,
 * CSV Injection): prefixed with `'` and always in double quotes. Applied to every cell, header
 * cells included. A negative figure (`-3`, `-3%`) starts with `-` too and is neutralised like any
 * other: the file cannot tell a number from a formula for every program, so it reads `'-3` in a
 * spreadsheet and `'-3` to a script, consistently. These are the rules csv-stringify applied with
 * the options this file used (`tests/exports/csv.test.ts` compares the two).
 */
export function csvCell(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cell(value: ExportRecord[string]): string {
  if (value === null) return "";
  if (Array.isArray(value)) {
    return value
      .map((item) => (typeof item === "object" && item !== null ? JSON.stringify(item) : String(item)))
      .join("; ");
  }
  return String(value);
}

/** One row: its cells, comma-separated, and a CRLF. */
function csvRow(cells: readonly string[]): string {
  let row = "";
  for (let i = 0; i < cells.length; i += 1) row += i === 0 ? csvCell(cells[i]!) : `,${csvCell(cells[i]!)}`;
  return `${row}\r\n`;
}

/**
 * Serialises records as CSV (RFC 4180, CRLF rows) with a BOM and a header row (the first record's
 * keys). Lists become `a; b`; nested objects (roles, figures) become JSON inside their cell. Every
 * cell is written by {@link csvCell}.
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const pieces: string[] = [];
  const writer = csvWriter((text) => pieces.push(text));
  for (const record of records) writer.add(record);
  writer.end();
  return pieces.join("");
}

/** Takes records one at a time and gives the text of an export in pieces, which joined are the whole. */
export interface RecordWriter {
  add(record: ExportRecord): void;
  /** Gives the rest of the text: call once, after the last record. */
  end(): void;
}

/**
 * {@link toCsv} record by record: every `batch` records their rows are given to `emit` (the BOM and
 * the header row before the first).
 */
export function csvWriter(emit: (text: string) => void, batch = 256): RecordWriter {
  let columns: string[] | null = null;
  let text = "";
  let rows = 0;
  return {
    add(record) {
      if (columns === null) {
        columns = Object.keys(record);
        text = BOM + csvRow(columns);
      }
      const cells: string[] = [];
      for (const column of columns) cells.push(cell(record[column] ?? null));
      text += csvRow(cells);
      rows += 1;
      if (rows >= batch) {
        emit(text);
        text = "";
        rows = 0;
      }
    },
    end() {
      // No records: a header of no columns, an empty line.
      if (columns === null) emit(`${BOM}\r\n`);
      else if (text !== "") emit(text);
    },
  };
}
