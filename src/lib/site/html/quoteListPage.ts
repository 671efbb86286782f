import { html } from "../../html/safeHtml.ts";
import type { QuoteListModel } from "../pageModels/listPages.ts";
import type { MarkupPage } from "./layout.ts";
import { paginationHtml } from "./pagination.ts";
import { quoteListHtml } from "./quoteList.ts";

/** A page of `/quotes/`: every quote in the archive, latest article first, with links to the other pages. */
export function quoteListPage(model: QuoteListModel): MarkupPage {
  const { page, total } = model;
  const title = page.number === 1 ? "발언" : `발언 (${page.number}쪽)`;
  const frame = {
    title,
    crumbs: [
      { label: "홈", href: "/" },
      { label: title, href: page.path },
    ],
  };
  const main = html`
    <h1>${title}</h1>
    <p>기사에서 찾은 직접 인용 ${total}건, 최신 기사순.</p>
    ${quoteListHtml(page.items)}
    ${paginationHtml(page, "/quotes/")}
  `;
  return { frame, main };
}
