import { describe, expect, test } from "vitest";
import { toCsv } from "../../src/lib/exports/csv.ts";
import type { ExportRecord } from "../../src/lib/exports/records.ts";

const BOM = "\uFEFF";

/** The exact text `toCsv` should write for one record with one column `text`. */
function oneCell(cell: string): string {
  return `${BOM}text\r\n${cell}\r\n`;
}

// OWASP CSV Injection: a cell starting with one of these is read as a formula by spreadsheet
// programs. Each must reach the file prefixed with ' and wrapped in double quotes.
describe("a cell starting with a formula character is neutralised", () => {
  test.each([
    ["=", "=SUM(A1:A9)", `"'=SUM(A1:A9)"`],
    ["+", "+82-62-120", `"'+82-62-120"`],
    ["-", "-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ["@", "@SUM(1+1)", `"'@SUM(1+1)"`],
    ["tab", "\t=1+1", `"'\t=1+1"`],
    ["carriage return", "\r=1+1", `"'\r=1+1"`],
    ["full-width =", "＝1+1", `"'＝1+1"`],
    ["full-width +", "＋1", `"'＋1"`],
    ["full-width -", "－1", `"'－1"`],
    ["full-width @", "＠SUM(1)", `"'＠SUM(1)"`],
    // A negative figure starts with '-' too: neutralised like any other, as OWASP advises.
    ["negative figure", "-3%", `"'-3%"`],
    // Quotes inside a neutralised cell are still doubled.
    ["= with a quote inside", `=HYPERLINK("http://x","y")`, `"'=HYPERLINK(""http://x"",""y"")"`],
  ])("%s", (_name, value, cell) => {
    expect(toCsv([{ text: value }])).toBe(oneCell(cell));
  });

  test("a negative number (not a string) is neutralised too", () => {
    expect(toCsv([{ text: -3 }])).toBe(oneCell(`"'-3"`));
  });

  test("a list whose first item starts with = is neutralised as one cell", () => {
    expect(toCsv([{ text: ["=1+1", "광주"] }])).toBe(oneCell(`"'=1+1; 광주"`));
  });

  test("header cells are neutralised as well", () => {
    const records: ExportRecord[] = [{ "=cmd": "a", id: "b" }];
    expect(toCsv(records)).toBe(`${BOM}"'=cmd",id\r\na,b\r\n`);
  });

  test("every cell of every row is checked, not only the first", () => {
    const records: ExportRecord[] = [
      { id: "one", text: "광주", note: "@x" },
      { id: "two", text: "+1", note: "평범" },
    ];
    expect(toCsv(records)).toBe(`${BOM}id,text,note\r\none,광주,"'@x"\r\ntwo,"'+1",평범\r\n`);
  });
});

describe("ordinary cells are written as before", () => {
  test.each([
    ["Hangul", "광주", "광주"],
    ["curly quotes", "“혁신의 성과는 시민들의 지지로부터 나온다”", "“혁신의 성과는 시민들의 지지로부터 나온다”"],
    ["single curly quotes", "‘광주형 일자리’", "‘광주형 일자리’"],
    ["= not at the start", "a=b+c", "a=b+c"],
    ["hyphen inside an id", "2019-10-02-report--1weavdf", "2019-10-02-report--1weavdf"],
    ["positive number", "3%", "3%"],
    ["leading space before =", " =1", " =1"],
    ["already starts with '", "'=1", "'=1"],
    ["comma", "광주, 전남", `"광주, 전남"`],
    ["ASCII quotes", `그는 "예"라고`, `"그는 ""예""라고"`],
    ["newline inside", "첫 줄\n둘째 줄", `"첫 줄\n둘째 줄"`],
    ["empty", "", ""],
  ])("%s", (_name, value, cell) => {
    expect(toCsv([{ text: value }])).toBe(oneCell(cell));
  });

  test("null is an empty cell", () => {
    expect(toCsv([{ text: null }])).toBe(oneCell(""));
  });

  test("no records: only the BOM and an empty header", () => {
    expect(toCsv([]).startsWith(BOM)).toBe(true);
  });
});
