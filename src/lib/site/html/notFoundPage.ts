import { html } from "../../html/safeHtml.ts";
import type { MarkupPage } from "./layout.ts";

/** The page for an address the site does not have: not indexed, with links to the main ways in. */
export function notFoundPage(): MarkupPage {
  const main = html`
    <h1>페이지를 찾을 수 없습니다</h1>
    <p>주소가 바뀌었거나 잘못 입력되었을 수 있습니다.</p>
    <ul>
      <li><a href="/">처음으로</a></li>
      <li><a href="/search/">발언 검색</a></li>
      <li><a href="/archive/">연도별 기사</a></li>
    </ul>
  `;
  return { frame: { title: "페이지를 찾을 수 없습니다", indexable: false }, main };
}
