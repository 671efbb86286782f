import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import { speakerLabel } from "../attributionText.ts";
import { excerpt, publishedLabel } from "../format.ts";
import type { QuoteCard } from "../pageModels/quoteCard.ts";

/** A quote in a list, with its article's title when the list names the source. */
export interface QuoteListEntry {
  quote: QuoteCard;
  articleTitle?: string | null | undefined;
}

/**
 * One quote card of a list: the quote's words linking to its page, then its speaker (unless
 * `hideSpeaker`; `화자 미확인` when unconfirmed), the speaker's role then when the card has it
 * (`당시 광주광역시장`), `추정` when the speaker is inferred, whether it is a
 * headline, its article and its date. Each of those is a `<span>`
 * (a link inside one), so the ` · ` the style sheet puts between them sits outside the links and
 * their underline. Lists render hundreds of thousands of cards in a large archive: markup, not a
 * component per card, which cost more than the card's own work.
 */
export function quoteCardHtml({ quote, articleTitle }: QuoteListEntry, hideSpeaker: boolean): SafeHtml {
  const speaker =
    !hideSpeaker &&
    (quote.speaker
      ? html`<span><a href="${paths.speaker(quote.speaker)}">${quote.speakerName ?? ""}</a></span> `
      : html`<span>${speakerLabel(quote)}</span> `);
  return html`
    <li class="quote-card">
      <a class="quote-text" href="${paths.quote(quote.id)}">“${excerpt(quote.text, 140)}”</a>
      <p class="quote-meta">${speaker}${quote.role && html`<span class="quote-role">${quote.role}</span> `}${quote.level === "likely" && html`<span title="화자를 문맥으로 추정">추정</span> `}${quote.kind === "headline" && html`<span>기사 제목</span> `}${
        articleTitle && html`<span><a href="${paths.article(quote.article)}">${articleTitle}</a></span> `
      }<span>${publishedLabel(quote.published)}</span></p>
    </li>
  `;
}

/** A list of quote cards (see {@link quoteCardHtml}). */
export function quoteListHtml(items: readonly QuoteListEntry[], hideSpeaker = false): SafeHtml {
  return html`<ul class="quote-list">${items.map((item) => quoteCardHtml(item, hideSpeaker))}</ul>`;
}
