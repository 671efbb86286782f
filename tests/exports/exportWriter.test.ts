import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { writeSiteExports } from "../../src/io/exportsFolder.ts";
import { EXPORT_FORMATS, exportFileText, exportWriter } from "../../src/lib/exports/exportFiles.ts";
import { EXPORT_NAMES, exportRecords, type ExportRecord, type ExportSource } from "../../src/lib/exports/records.ts";

const records: ExportRecord[] = Array.from({ length: 7 }, (_, i) => ({
  id: `q-${i}`,
  text: i % 2 ? `“인용” ${i}, 줄\n바꿈` : `=${i}`,
  list: i % 3 ? ["a", "b"] : [],
  nested: [{ label: "예산", to: `${i}` }],
  none: null,
  count: -i,
  flag: i % 2 === 0,
}));

/** The pieces a writer gives for records, fed one at a time. */
function pieces(format: (typeof EXPORT_FORMATS)[number], list: readonly ExportRecord[], batch: number): string[] {
  const out: string[] = [];
  const writer = exportWriter(format, (text) => out.push(text), batch);
  for (const record of list) writer.add(record);
  writer.end();
  return out;
}

describe("an export written record by record is the export written at once", () => {
  test.each(EXPORT_FORMATS.flatMap((format) => [1, 2, 3, 7, 256].map((batch) => [format, batch] as const)))(
    "%s in batches of %i",
    (format, batch) => {
      const got = pieces(format, records, batch);
      expect(got.join("")).toBe(exportFileText(format, records));
      // Batches are given as they fill, not all at the end.
      if (batch < records.length) expect(got.length).toBeGreaterThan(2);
    },
  );

  test.each(EXPORT_FORMATS)("%s with no records", (format) => {
    expect(pieces(format, [], 2).join("")).toBe(exportFileText(format, []));
  });

  test("the JSON is the array pretty-printed, the CSV has one header and CRLF rows", () => {
    expect(exportFileText("json", records.slice(0, 2))).toBe(`${JSON.stringify(records.slice(0, 2), null, 2)}\n`);
    expect(pieces("json", [], 1).join("")).toBe("[]\n");
    const csv = pieces("csv", records.slice(0, 3), 1).join("");
    expect(csv.startsWith("\uFEFFid,text,list,nested,none,count,flag\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
  });
});

test("writeSiteExports writes, record by record, the files exportFileText makes from the whole records", () => {
  const source: ExportSource = {
    articles: [],
    quotes: [],
    policies: [],
    speakers: [
      { id: "kim", name: "김", aliases: ["김씨"], roles: [], description: "설명, 쉼표" },
      { id: "lee", name: "이", aliases: [], roles: [] },
    ] as unknown as ExportSource["speakers"],
    topics: [{ id: "budget", label: "=예산" }] as unknown as ExportSource["topics"],
  };
  const root = mkdtempSync(path.join(tmpdir(), "exports-"));
  try {
    const records = exportRecords(source, "https://example.org/");
    const whole = new Map<string, string>();
    for (const name of EXPORT_NAMES) {
      for (const format of EXPORT_FORMATS) whole.set(`${name}.${format}`, exportFileText(format, records[name]));
    }
    writeSiteExports(path.join(root, "streamed"), source, "https://example.org/");
    const names = [...whole.keys()].sort();
    expect(names).toHaveLength(10);
    expect(readdirSync(path.join(root, "streamed", "data")).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(path.join(root, "streamed", "data", name), "utf8"), name).toBe(whole.get(name));
    }
    expect(readFileSync(path.join(root, "streamed", "data", "topics.csv"), "utf8")).toContain(`"'=예산"`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
