import { escape as escapeHtml } from "html-escaper";
import { paths } from "../exports/paths.ts";
import { excerpt, publishedLabel } from "./format.ts";
import type { QuoteCard } from "./pageModels/quoteCard.ts";

/** A quote in a list, with its article's title when the list names the source. */
export interface QuoteListEntry {
  quote: QuoteCard;
  articleTitle?: string | null | undefined;
}

/**
 * One quote card of a list as HTML (text and attributes escaped): the quote's words linking to its
 * page, then its speaker (unless `hideSpeaker`), whether it is a headline, its article and its date.
 * Written as a string: lists render hundreds of thousands of cards in a large archive, and Astro's
 * template machinery cost more per card than the card's own work.
 */
export function quoteCardHtml({ quote, articleTitle }: QuoteListEntry, hideSpeaker: boolean): string {
  const meta: string[] = [];
  if (!hideSpeaker) {
    meta.push(
      quote.speaker
        ? `<a href="${escapeHtml(paths.speaker(quote.speaker))}">${escapeHtml(quote.speakerName ?? "")}</a>`
        : `<span>${escapeHtml(quote.speakerName ?? "화자 미상")}</span>`,
    );
  }
  if (quote.kind === "headline") meta.push("<span>기사 제목</span>");
  if (articleTitle) meta.push(`<a href="${escapeHtml(paths.article(quote.article))}">${escapeHtml(articleTitle)}</a>`);
  meta.push(`<span>${escapeHtml(publishedLabel(quote.published))}</span>`);
  const words = escapeHtml(`“${excerpt(quote.text, 140)}”`);
  return `<li class="quote-card"><a class="quote-text" href="${escapeHtml(paths.quote(quote.id))}">${words}</a> <p class="quote-meta">${meta.join(" ")}</p></li>`;
}
