import { dateParts, type Citable } from "./citable.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Escapes BibTeX's special characters inside a braced field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}]/gu, (c) => `\\${c}`).replace(/[%&#_$]/gu, (c) => `\\${c}`);
}

/** A BibTeX `@article` entry for an article (with the quote and speaker in `note` when a quote is cited). */
export function bibtex(source: Citable): string {
  const parts = dateParts(source.article.published);
  const fields: [string, string | undefined][] = [
    ["author", source.article.reporter],
    ["title", source.article.title],
    ["journal", source.article.outlet],
    ["year", parts ? String(parts[0]) : undefined],
    ["month", parts ? MONTHS[parts[1] - 1] : undefined],
    ["day", parts ? String(parts[2]) : undefined],
    ["note", source.quote ? `${source.quote.speakerName ?? "화자 미상"}: “${source.quote.text}”` : undefined],
    ["url", source.archiveUrl],
    ["language", "korean"],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([key, value]) =>
      key === "month" ? `  ${key} = ${value}` : `  ${key} = {${key === "url" ? value : escapeBibtex(value)}}`,
    )
    .join(",\n");
  return `@article{${source.id},\n${body}\n}`;
}
