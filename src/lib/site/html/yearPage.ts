import { html } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import type { YearPageModel } from "../pageModels/listPages.ts";
import { articleListHtml } from "./articleList.ts";
import type { MarkupPage } from "./layout.ts";
import { paginationHtml } from "./pagination.ts";

/** A page of `/archive/<year>/`: the year's articles, latest first, with links to the other pages. */
export function yearPage(model: YearPageModel): MarkupPage {
  const { year, page, total } = model;
  const title = page.number === 1 ? `${year}년 기사` : `${year}년 기사 (${page.number}쪽)`;
  const frame = {
    title,
    crumbs: [
      { label: "홈", href: "/" },
      { label: "연도별", href: "/archive/" },
      { label: `${year}년`, href: page.path },
    ],
  };
  const main = html`
    <h1>${title}</h1>
    <p>${total}건, 최신순. 게재일을 알 수 없는 기사는 그해의 끝에 둡니다.</p>
    ${articleListHtml(page.items)}
    ${paginationHtml(page, paths.year(year))}
  `;
  return { frame, main };
}
