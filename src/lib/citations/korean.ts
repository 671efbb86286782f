import { speakerLabel } from "../site/attributionText.ts";
import { citedYear, dateParts, originalSource, type Citable } from "./citable.ts";
import { outletLabel } from "../site/format.ts";

const day = (parts: readonly [number, number, number]): string => `${parts[0]}. ${parts[1]}. ${parts[2]}.`;

/**
 * A Korean-style reference line: `노현서, 「제목」, 『광주N광주』, 2019. 10. 2.` with the quote and
 * speaker first when a quote is cited, the original's address and the day it was read
 * (`원문 https://… (2024. 3. 5. 접속).`) when known, and the archive address last. An article whose
 * day is unknown is cited by its year when one is known (`2021(일자 미상).`).
 */
export function koreanReference(source: Citable): string {
  const parts = dateParts(source.article.published);
  const year = citedYear(source.article);
  const date = parts ? day(parts) : year !== null ? `${year}(일자 미상).` : "게재일 미상.";
  const original = originalSource(source.article);
  const read = original ? ` 원문 ${original.url}${original.accessed ? ` (${day(original.accessed)} 접속)` : ""}.` : "";
  const quote = source.quote ? `${speakerLabel(source.quote)}, “${source.quote.text}”, ` : "";
  const reporter = source.article.reporter ? `${source.article.reporter}, ` : "";
  return `${quote}${reporter}「${source.article.title}」, 『${outletLabel(source.article.outlet)}』, ${date}${read} ${source.archiveUrl}`;
}
