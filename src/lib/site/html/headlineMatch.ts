import { html, type SafeHtml } from "../../html/safeHtml.ts";
import type { HeadlineMatch, WordDiffPart } from "../../schemas/quote.ts";
import { paths } from "../../exports/paths.ts";

/** What each headline class means, for readers. */
export const HEADLINE_CLASS_LABEL: Record<HeadlineMatch["class"], string> = {
  verbatim: "본문 발언 그대로",
  shortened: "본문 발언을 줄여 옮김",
  reworded: "본문 발언을 다른 말로 옮김",
  absent: "본문에 없는 말",
};

/**
 * One wording of a comparison: the words both share plain (as that side writes them: `2021년은`
 * for `2021년`), the words only `side` has marked.
 */
export function wordingHtml(diff: readonly WordDiffPart[], side: "this" | "other"): SafeHtml {
  return html`${diff
    .filter((part) => part.kind === "same" || part.kind === side)
    .map(
      (part, i) =>
        html`${i > 0 ? " " : ""}${
          part.kind === "same"
            ? side === "other"
              ? (part.otherText ?? part.text)
              : part.text
            : html`<mark>${part.text}</mark>`
        }`,
    )}`;
}

/**
 * The headline-against-body section of a headline quote's page: its class, and, when a body quote
 * stands behind it, both wordings one above the other with the words that differ marked.
 */
export function headlineMatchHtml(match: HeadlineMatch): SafeHtml {
  const differs = match.diff.some((part) => part.kind !== "same");
  return html`
    <section class="headline-match" aria-labelledby="headline-match-title">
      <h2 id="headline-match-title">제목의 말과 본문의 말</h2>
      <p class="headline-class headline-class-${match.class}">${HEADLINE_CLASS_LABEL[match.class]}</p>
      ${
        match.bodyQuote !== null &&
        html`
        <dl class="wordings">
          <dt>제목</dt>
          <dd>“${wordingHtml(match.diff, "this")}”</dd>
          <dt>본문</dt>
          <dd>“${wordingHtml(match.diff, "other")}”</dd>
        </dl>
        ${differs && html`<p class="note">표시한 말이 서로 다른 부분이다.</p>`}
        <p><a href="${paths.quote(match.bodyQuote)}">본문 발언 보기</a></p>
      `
      }
    </section>
  `;
}
