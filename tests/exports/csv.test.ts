import { stringify, type Cast } from "csv-stringify/sync";
import fc from "fast-check";
import { expect, test } from "vitest";
import { csvCell, toCsv } from "../../src/lib/exports/csv.ts";

// The CSV writer as it was: csv-stringify with these options and a formula-neutralising cast. The
// hand-written writer must give the same bytes for any cell.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;
const neutraliseCell: Cast<string> = (value) =>
  FORMULA_START.test(value) ? { value: `'${value}`, quoted: true } : value;
const withCsvStringify = (rows: string[][]): string =>
  `\uFEFF${stringify(rows, { record_delimiter: "windows", quote_record_delimiter: true, cast: { string: neutraliseCell } })}`;

// Cells made mostly of the characters quoting and neutralising turn on.
const cellText = fc.string({
  unit: fc.constantFrom(
    "a",
    "가",
    ",",
    '"',
    "'",
    "\r",
    "\n",
    " ",
    "=",
    "+",
    "-",
    "@",
    "\t",
    "＝",
    "＋",
    "－",
    "＠",
    "😀",
    ";",
  ),
  maxLength: 8,
});

test("a row is written as csv-stringify wrote it, whatever its cells", () => {
  fc.assert(
    fc.property(
      fc.array(cellText, { minLength: 1, maxLength: 4 }),
      fc.array(cellText, { minLength: 1, maxLength: 4 }),
      (header, cells) => {
        const columns = header.map((name, i) => `${name}#${i}`);
        const record = Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? null]));
        const row = columns.map((column) => ((record[column] ?? null) === null ? "" : String(record[column])));
        expect(toCsv([record])).toBe(withCsvStringify([columns, row]));
      },
    ),
    { numRuns: 2000 },
  );
});

test.each([
  ["plain", "광주", "광주"],
  ["comma", "a,b", `"a,b"`],
  ["quote", 'say "hi"', `"say ""hi"""`],
  ["lone line feed", "a\nb", `"a\nb"`],
  ["lone carriage return inside", "a\rb", `"a\rb"`],
  ["formula", "=1", `"'=1"`],
  ["empty", "", ""],
])("csvCell: %s", (_name, value, written) => {
  expect(csvCell(value)).toBe(written);
  expect(withCsvStringify([[value]])).toBe(`\uFEFF${written}\r\n`);
});

test("no records: a BOM and an empty line, as csv-stringify wrote it", () => {
  expect(toCsv([])).toBe(withCsvStringify([[]]));
  expect(toCsv([])).toBe("\uFEFF\r\n");
});
