import { csvWriter, type RecordWriter } from "./csv.ts";
import type { ExportRecord } from "./records.ts";

/** The formats every export is written in. */
export const EXPORT_FORMATS = ["json", "csv"] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The text of one export file from its records: pretty JSON with a final line break, or CSV. */
export function exportFileText(format: ExportFormat, records: readonly ExportRecord[]): string {
  if (format === "json") return `${JSON.stringify(records, null, 2)}\n`;
  const pieces: string[] = [];
  const writer = exportWriter(format, (text) => pieces.push(text));
  for (const record of records) writer.add(record);
  writer.end();
  return pieces.join("");
}

/**
 * {@link exportFileText} record by record, for writing an export without holding it whole: every
 * `batch` records their text is given to `emit`; the pieces joined are the file's text.
 */
export function exportWriter(format: ExportFormat, emit: (text: string) => void, batch = 256): RecordWriter {
  return format === "json" ? jsonWriter(emit, batch) : csvWriter(emit, batch);
}

/**
 * Pretty JSON of an array, record by record: a batch of records is serialised as an array (so each
 * is indented as inside the whole one) and given without its brackets.
 */
function jsonWriter(emit: (text: string) => void, batch: number): RecordWriter {
  let started = false;
  let pending: ExportRecord[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    // `[\n  {…},\n  {…}\n]`: the records, indented, between the brackets' lines.
    const text = JSON.stringify(pending, null, 2);
    emit(`${started ? ",\n" : "[\n"}${text.slice(2, -2)}`);
    started = true;
    pending = [];
  };
  return {
    add(record) {
      pending.push(record);
      if (pending.length >= batch) flush();
    },
    end() {
      flush();
      emit(started ? "\n]\n" : "[]\n");
    },
  };
}
