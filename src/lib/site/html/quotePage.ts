import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { absoluteUrl, paths } from "../../exports/paths.ts";
import { attributionEvidence, speakerLabel as labelOf } from "../attributionText.ts";
import { excerpt, outletLabel, publishedLabel, retrievedLabel } from "../format.ts";
import { safeHref } from "../../text/httpUrl.ts";
import { quotation } from "../jsonLd.ts";
import type { QuotePageModel } from "../pageModels/quotePage.ts";
import { citeBoxHtml } from "./citeBox.ts";
import { HEADLINE_CLASS_LABEL, headlineMatchHtml } from "./headlineMatch.ts";
import { clusterReportsHtml } from "./clusterReports.ts";
import { quoteCorrectionsHtml } from "./corrections.ts";
import type { MarkupPage, PageFrame } from "./layout.ts";
import { linkSectionHtml } from "./links.ts";
import { quoteListHtml } from "./quoteList.ts";

/** Why a quote is filed under its topics, for readers. */
const TOPIC_BASIS: Record<QuotePageModel["quote"]["topicBasis"], string> = {
  own: "발언 내용으로 분류",
  article: "기사의 주제를 따름",
  editor: "편집자가 지정",
};

/** The quote's words in its sentence, marked; the sentence alone when the words are not found in it. */
function contextHtml(text: string, context: string): SafeHtml {
  const at = context.indexOf(text);
  if (at < 0) return html`${context}`;
  return html`${context.slice(0, at)}<mark>${text}</mark>${context.slice(at + text.length)}`;
}

/**
 * A quote's page: the words large, their speaker and verb, the article and date they come from, the
 * sentence they sit in, the other parts of the same statement, related policy items, more of the
 * speaker's quotes, and the citation box.
 */
export function quotePage(model: QuotePageModel, origin: string): MarkupPage {
  const { quote, article, speaker, statement, more, policies, roleThen, topics } = model;
  const sourceUrl = safeHref(article.url);
  const speakerLabel = labelOf(quote);
  const where = quote.position ? paths.quoteInArticle(article.id, quote.id) : paths.article(article.id);
  const frame: PageFrame = {
    title: `${speakerLabel}: “${excerpt(quote.text, 40)}”`,
    description: `${speakerLabel}, ${outletLabel(article.outlet)} ${publishedLabel(quote.published)}: “${excerpt(quote.text, 100)}”`,
    crumbs: [
      { label: "홈", href: "/" },
      speaker ? { label: speaker.name, href: paths.speaker(speaker.id) } : { label: "발언", href: "/quotes/" },
      { label: `“${excerpt(quote.text, 24)}”`, href: paths.quote(quote.id) },
    ],
    ogType: "article",
    jsonLd: [quotation(quote, article, speaker ?? undefined, origin, model.corrections.concerning)],
  };
  const main = html`
    <article class="quote-page">
      <figure>
        <blockquote class="quote-large" cite="${absoluteUrl(paths.article(article.id), origin)}">
          <p>“${quote.text}”</p>
        </blockquote>
        <figcaption>
          — ${speaker && quote.level !== "unconfirmed" ? html`<a href="${paths.speaker(speaker.id)}">${speaker.name}</a>` : speakerLabel}${roleThen && html`, <span class="role-then">${roleThen}</span>`}
          ${quote.verb && html`<span class="verb">(${quote.verb})</span>`}
        </figcaption>
      </figure>
      <h1 class="visually-hidden">${speakerLabel}의 발언</h1>
      <dl class="facts">
        <dt>출처</dt>
        <dd><a href="${paths.article(article.id)}">${article.title}</a>, ${outletLabel(article.outlet)}</dd>
        ${
          sourceUrl &&
          html`<dt>원문</dt>
            <dd>
              <a href="${sourceUrl}" rel="external noopener">${outletLabel(article.outlet)} 기사 원문</a>
              ${article.retrieved && html`<span class="retrieved">(${retrievedLabel(article.retrieved)} 확인)</span>`}
            </dd>`
        }
        <dt>날짜</dt>
        <dd>${publishedLabel(quote.published)}${quote.published === null && article.dateNote && ` — ${article.dateNote}`}</dd>
        ${
          quote.kind === "headline" &&
          html`<dt>위치</dt><dd>기사 제목${quote.headlineMatch ? ` — ${HEADLINE_CLASS_LABEL[quote.headlineMatch.class]}` : " (본문 발언을 줄여 옮긴 것일 수 있음)"}</dd>`
        }
        ${
          topics.length > 0 &&
          html`<dt>주제</dt>
            <dd>
              ${topics.map((t, i) => html`${i > 0 ? ", " : ""}<a href="${paths.topic(t.id)}">${t.label}</a>`)}
              <span class="topic-basis">(${TOPIC_BASIS[quote.topicBasis]})</span>
            </dd>`
        }
        <dt>화자 근거</dt>
        <dd class="attribution attribution-${quote.level}">${attributionEvidence(quote)}</dd>
      </dl>
      ${quoteCorrectionsHtml(model.corrections, article.id)}
      ${
        quote.kind === "body" &&
        html`
        <section aria-labelledby="context-title">
          <h2 id="context-title">기사 속 문장</h2>
          <p class="context">${contextHtml(quote.text, quote.context)}</p>
          <p><a href="${where}">기사에서 이 발언 보기</a></p>
        </section>
      `
      }
      ${quote.headlineMatch && headlineMatchHtml(quote.headlineMatch)} ${clusterReportsHtml(model.cluster)}
      ${
        statement.length > 0 &&
        html`
        <section aria-labelledby="statement-title">
          <h2 id="statement-title">같은 발언의 다른 부분</h2>
          ${quoteListHtml(
            statement.map((q) => ({ quote: q })),
            true,
          )}
        </section>
      `
      }
      ${linkSectionHtml(
        "관련 정책",
        "policy-title",
        policies.map((p) => ({ href: paths.policy(p.id), label: p.title })),
      )}
      ${
        more.length > 0 &&
        speaker &&
        html`
        <section aria-labelledby="more-title">
          <h2 id="more-title">${speaker.name}의 다른 발언</h2>
          ${quoteListHtml(more, true)}
          <p><a href="${paths.speaker(speaker.id)}">${speaker.name}의 발언 모두 보기</a></p>
        </section>
      `
      }
      ${citeBoxHtml({ id: quote.id, article, quote, archiveUrl: absoluteUrl(paths.quote(quote.id), origin) })}
    </article>
  `;
  return { frame, main };
}
