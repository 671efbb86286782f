import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { pagePath, type Page } from "../paginate.ts";

/**
 * Links between the pages of a list: previous, every page by number (so any page is two clicks
 * from the first; the current one is marked), next. Nothing for a list of one page. The quote list
 * of a large archive has hundreds of pages, each linking to all of them: as an Astro template this
 * was most of those pages' time.
 */
export function paginationHtml(
  page: Pick<Page<unknown>, "number" | "count" | "previous" | "next">,
  base: string,
): SafeHtml | "" {
  if (page.count <= 1) return "";
  const numbers = Array.from({ length: page.count }, (_, i) => i + 1);
  return html`
    <nav class="pagination" aria-label="쪽 이동">
      ${page.previous ? html`<a href="${page.previous}" rel="prev">← 이전</a>` : html`<span></span>`}
      <ol>
        ${numbers.map(
          (n) =>
            html`<li>${
              n === page.number
                ? html`<span aria-current="page">${n}</span>`
                : html`<a href="${pagePath(base, n)}" aria-label="${n}쪽">${n}</a>`
            }</li>`,
        )}
      </ol>
      ${page.next ? html`<a href="${page.next}" rel="next">다음 →</a>` : html`<span></span>`}
    </nav>
  `;
}
