import { html, rawHtml } from "../../html/safeHtml.ts";
import { citationMeta } from "../../citations/citationMeta.ts";
import { absoluteUrl, paths } from "../../exports/paths.ts";
import { safeHref } from "../../text/httpUrl.ts";
import { outletLabel, publishedLabel } from "../format.ts";
import { newsArticle } from "../jsonLd.ts";
import type { ArticlePageModel } from "../pageModels/articlePage.ts";
import { articleQuotesHtml } from "./articleQuotes.ts";
import { citeBoxHtml } from "./citeBox.ts";
import { HEADLINE_CLASS_LABEL } from "./headlineMatch.ts";
import { articleCorrectionsHtml } from "./corrections.ts";
import type { MarkupPage, PageMeta } from "./layout.ts";
import { inlineLinksHtml, linkSectionHtml } from "./links.ts";

/**
 * An article's page: outlet, title, deck, byline and date, a note on headline quotes, the outline,
 * the body (its sanitised HTML, as the content check made it, each quote marked in it), editorial
 * notes, its corrections (정정: date, what changed, why, the words as first published), the list
 * of its quotes (each linked to its page and its place in the body), its speakers, topics and
 * policy items, and the citation box. Its head carries the `citation_*` tags. The source is
 * linked only when its address is a web address (http or https).
 */
export function articlePage(model: ArticlePageModel, origin: string): MarkupPage {
  const { article, speakers, topics, policies, headlineQuotes, quotes } = model;
  const archiveUrl = absoluteUrl(paths.article(article.id), origin);
  // Only a web address is linked, even if another scheme got past the content check.
  const sourceUrl = safeHref(article.url);
  const meta: PageMeta[] = [
    ...(article.published ? [{ property: "article:published_time", content: article.published }] : []),
    ...citationMeta({ article, archiveUrl }),
  ];
  const frame = {
    title: article.title,
    description: article.deck[0] ?? article.plainText.slice(0, 120),
    crumbs: [
      { label: "홈", href: "/" },
      article.year === null
        ? { label: "연도 미상", href: "/archive/#undated" }
        : { label: `${article.year}년`, href: paths.year(article.year) },
      { label: article.title, href: paths.article(article.id) },
    ],
    ogType: "article" as const,
    jsonLd: [newsArticle(article, speakers, origin)],
    meta,
  };
  const main = html`
    <article class="article">
      <header>
        <p class="kicker">${outletLabel(article.outlet)}</p>
        <h1>${article.title}</h1>
        ${article.deck.length > 0 && html`<ul class="deck">${article.deck.map((line) => html`<li>${line}</li>`)}</ul>`}
        <p class="meta">
          <span>${outletLabel(article.outlet)}</span>
          ${article.reporter && html`<span>${article.reporter} 기자</span>`}
          ${
            article.published
              ? html`<span><time datetime="${article.published}">${publishedLabel(article.published)}</time> (KST)</span>`
              : html`<span>게재일 미상</span>`
          }
          ${sourceUrl && html`<span><a href="${sourceUrl}" rel="external noopener">원문 보기</a></span>`}
        </p>
        ${article.published === null && article.dateNote && html`<p class="note">날짜에 관해: ${article.dateNote}</p>`}
        ${headlineQuotes.map(
          (quote) => html`
          <p class="note">
            제목의 인용 <a href="${paths.quote(quote.id)}">“${quote.text}”</a>: ${
              quote.headlineMatch
                ? HEADLINE_CLASS_LABEL[quote.headlineMatch.class]
                : "본문 발언을 줄인 것일 수 있습니다"
            }${
              quote.headlineMatch?.bodyQuote
                ? html` (<a href="${paths.quoteInArticle(article.id, quote.headlineMatch.bodyQuote)}">본문에서 보기</a>)`
                : ""
            }.
          </p>
        `,
        )}
      </header>
      ${
        article.outline.length > 0 &&
        html`
        <nav class="outline" aria-label="목차">
          <h2>목차</h2>
          <ol>
            ${article.outline.map((heading) => html`<li><a href="#${heading.slug}">${heading.text}</a></li>`)}
          </ol>
        </nav>
      `
      }
      <div class="article-body">${rawHtml(article.html)}</div>
      ${
        article.notes.length > 0 &&
        html`
        <aside class="notes" aria-labelledby="notes-title">
          <h2 id="notes-title">편집자 주</h2>
          <ul>${article.notes.map((note) => html`<li>${note}</li>`)}</ul>
        </aside>
      `
      }
      ${articleCorrectionsHtml(model.corrections ?? [])}
      ${articleQuotesHtml(quotes)}
      <footer class="article-footer">
        ${inlineLinksHtml(
          "인물",
          speakers.map((s) => ({ href: paths.speaker(s.id), label: s.name })),
        )}
        ${inlineLinksHtml(
          "주제",
          topics.map((t) => ({ href: paths.topic(t.id), label: t.label })),
        )}
        ${linkSectionHtml(
          "이 기사의 정책",
          "policies-title",
          policies.map((p) => ({ href: paths.policy(p.id), label: p.title })),
        )}
      </footer>
      ${citeBoxHtml({ id: article.id, article, archiveUrl })}
    </article>
  `;
  return { frame, main };
}
