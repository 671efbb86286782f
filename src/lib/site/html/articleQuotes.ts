import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import type { ArticleQuoteItem } from "../pageModels/articlePage.ts";

/**
 * The list of an article's quotes on its page: each one's speaker (linked when known), its words
 * shortened and linked to the quote's page, and a link to its place in the text when the body has
 * it (a headline quote says it is the headline's). Nothing when the article has no quotes.
 */
export function articleQuotesHtml(quotes: readonly ArticleQuoteItem[]): SafeHtml | "" {
  if (quotes.length === 0) return "";
  return html`
    <section class="article-quotes" aria-labelledby="article-quotes-title">
      <h2 id="article-quotes-title">이 기사의 발언 <span class="count">${quotes.length}건</span></h2>
      <ol class="article-quote-list">
        ${quotes.map(
          (quote, index) => html`
          <li>
            <p class="aq-speaker">${
              quote.speaker
                ? html`<a href="${paths.speaker(quote.speaker)}">${quote.speakerName ?? ""}</a>`
                : (quote.speakerName ?? "화자 미확인")
            }</p>
            <a class="quote-text" href="${paths.quote(quote.id)}">“${quote.words}”</a>
            ${
              quote.inText
                ? html`<a class="aq-place" href="#${quote.id}">본문에서 보기<span class="visually-hidden"> (발언 ${index + 1})</span></a>`
                : quote.kind === "headline" && html`<span class="aq-place">기사 제목</span>`
            }
          </li>
        `,
        )}
      </ol>
    </section>
  `;
}
