import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import { outletLabel, publishedLabel } from "../format.ts";
import type { ArticleListItem } from "../pageModels/listPages.ts";

/** A list of articles: each title links to its page, over its outlet and date (or its year, when the date is unknown). */
export function articleListHtml(articles: readonly ArticleListItem[]): SafeHtml {
  return html`
    <ol class="article-list">
      ${articles.map(
        (article) => html`
        <li>
          <a href="${paths.article(article.id)}">${article.title}</a>
          <p>
            ${outletLabel(article.outlet)} · ${
              article.published
                ? html`<time datetime="${article.published}">${publishedLabel(article.published)}</time>`
                : article.year === null
                  ? "게재일 미상"
                  : `${article.year}년, 게재일 미상`
            }
          </p>
        </li>
      `,
      )}
    </ol>
  `;
}
