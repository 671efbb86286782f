// A correction as readers see it: on its article's page (정정), on the page of the quote it
// concerns, and in the archive's list of corrections (src/lib/site/html/correctionsPage.ts).
import { CORRECTIONS_ANCHOR, correctionAnchor, type QuoteCorrections } from "../../articles/corrections.ts";
import type { NumberedCorrection } from "../../articles/corrections.ts";
import { formatPublished } from "../../dates/kst.ts";
import { paths } from "../../exports/paths.ts";
import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { correctionHref } from "../corrections.ts";
import { displayText } from "../format.ts";
import type { ArticleCorrectionItem } from "../pageModels/corrections.ts";

/** The date of a correction for readers, `2020년 3월 4일 09:30` (KST), in a `<time>`. */
export function correctionDateHtml(correction: Pick<NumberedCorrection, "date">): SafeHtml {
  return html`<time datetime="${correction.date}">${formatPublished(correction.date) ?? correction.date}</time>`;
}

/**
 * What was changed, why, and the words as first published, as a description list; `more` adds
 * rows (the quote it concerns, a link to the article).
 */
export function correctionFieldsHtml(correction: NumberedCorrection, more: SafeHtml | "" | false = ""): SafeHtml {
  return html`
    <dl class="facts correction-fields">
      <dt>바로잡은 내용</dt>
      <dd>${displayText(correction.change)}</dd>
      ${correction.reason && html`<dt>이유</dt><dd>${displayText(correction.reason)}</dd>`}
      ${correction.original && html`<dt>처음 보도된 글</dt><dd class="correction-original">${displayText(correction.original)}</dd>`}
      ${more}
    </dl>
  `;
}

/**
 * An article's 정정 section, after its text: each correction, earliest first, with its date, what
 * was changed, why, the words as first published and the quotes it concerns (linked to their pages),
 * each at its anchor `#correction-<n>`; the section is `#corrections`. Nothing when there are none.
 */
export function articleCorrectionsHtml(corrections: readonly ArticleCorrectionItem[]): SafeHtml | "" {
  if (corrections.length === 0) return "";
  return html`
    <section class="notes corrections" id="${CORRECTIONS_ANCHOR}" aria-labelledby="corrections-title">
      <h2 id="corrections-title">정정 <span class="count">${corrections.length}건</span></h2>
      <ol class="correction-list">
        ${corrections.map(
          (correction) => html`
          <li id="${correctionAnchor(correction.number)}">
            <p class="correction-date">${correctionDateHtml(correction)} 정정</p>
            ${correctionFieldsHtml(
              correction,
              correction.quotes.length > 0 &&
                html`<dt>관련 발언</dt>${correction.quotes.map(
                  (quote) => html`<dd><a href="${paths.quote(quote.id)}">“${quote.words}”</a></dd>`,
                )}`,
            )}
          </li>
        `,
        )}
      </ol>
    </section>
  `;
}

/**
 * A quote's 정정 section, for its page (call it after the quote's words and source): the
 * corrections naming this quote in full, each linked to its place on the article's page; then, when
 * the article has other corrections, one line saying how many, linked to the article's list. Nothing
 * when the article has none. `selection` is {@link quoteCorrections}'s answer for the quote.
 */
export function quoteCorrectionsHtml(selection: QuoteCorrections, articleId: string): SafeHtml | "" {
  const { concerning, others } = selection;
  if (concerning.length === 0 && others === 0) return "";
  const articleList = `${paths.article(articleId)}#${CORRECTIONS_ANCHOR}`;
  return html`
    <section class="notes corrections" aria-labelledby="quote-corrections-title">
      <h2 id="quote-corrections-title">정정</h2>
      ${
        concerning.length > 0 &&
        html`
        <p>이 발언은 기사가 게재된 뒤 바로잡혔습니다.</p>
        <ol class="correction-list">
          ${concerning.map(
            (correction) => html`
            <li>
              <p class="correction-date">${correctionDateHtml(correction)} 정정</p>
              ${correctionFieldsHtml(correction)}
              <p><a href="${correctionHref(articleId, correction.number)}">기사의 정정 기록에서 보기</a></p>
            </li>
          `,
          )}
        </ol>
      `
      }
      ${
        others > 0 &&
        (concerning.length > 0
          ? html`<p>이 기사에는 다른 정정 ${others}건이 있습니다: <a href="${articleList}">기사의 정정 보기</a></p>`
          : html`<p>이 발언이 실린 기사에 정정 ${others}건이 있습니다(이 발언을 지목한 정정은 아닙니다): <a href="${articleList}">기사의 정정 보기</a></p>`)
      }
    </section>
  `;
}
