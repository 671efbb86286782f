import { speakerLabel } from "../site/attributionText.ts";
import { dateParts, type Citable } from "./citable.ts";
import { outletLabel } from "../site/format.ts";

/**
 * A Korean-style reference line: `노현서, 「제목」, 『광주N광주』, 2019. 10. 2.` with the quote and
 * speaker first when a quote is cited, and the archive address last.
 */
export function koreanReference(source: Citable): string {
  const parts = dateParts(source.article.published);
  const date = parts ? `${parts[0]}. ${parts[1]}. ${parts[2]}.` : "게재일 미상.";
  const quote = source.quote ? `${speakerLabel(source.quote)}, “${source.quote.text}”, ` : "";
  const reporter = source.article.reporter ? `${source.article.reporter}, ` : "";
  return `${quote}${reporter}「${source.article.title}」, 『${outletLabel(source.article.outlet)}』, ${date} ${source.archiveUrl}`;
}
