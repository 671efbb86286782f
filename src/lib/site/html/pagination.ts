import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { pagePath, type Page } from "../paginate.ts";
import { pagerNumbers } from "../pagerNumbers.ts";

/**
 * Links between the pages of a list: previous, pages by number ({@link pagerNumbers}: every page
 * of a short list; of a long one, those near this page and every tenth, hundredth… around it; the
 * current one marked), next. Nothing for a list of one page.
 */
export function paginationHtml(
  page: Pick<Page<unknown>, "number" | "count" | "previous" | "next">,
  base: string,
): SafeHtml | "" {
  if (page.count <= 1) return "";
  const numbers = pagerNumbers(page.number, page.count);
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
