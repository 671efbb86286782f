import { html } from "../../html/safeHtml.ts";
import type { SearchPageModel } from "../pageModels/searchPage.ts";
import type { MarkupPage, PageFrame } from "./layout.ts";

/**
 * `/search/`: the search form (words, and filters by type, speaker, topic and dates), the status
 * line and the empty result list the page's script fills (src/site/search/page.ts); without
 * JavaScript, links to the lists and the data to search instead. The route adds the script.
 */
export function searchPage(model: SearchPageModel): MarkupPage {
  const frame: PageFrame = {
    title: "검색",
    description:
      "발언, 기사, 정책을 한 번에 검색합니다. 초성 검색과 가운뎃점·따옴표 차이를 무시하는 검색을 지원합니다.",
    crumbs: [
      { label: "홈", href: "/" },
      { label: "검색", href: "/search/" },
    ],
  };
  const main = html`
    <h1>검색</h1>
    <form id="search-form" class="search-form" role="search" action="/search/" method="get">
      <label for="q">검색어</label>
      <div class="search-row">
        <input id="q" name="q" type="search" autocomplete="off" placeholder="예: 청렴행정, ㅊㄹㅎㅈ, 스마트공장">
        <button type="submit">검색</button>
      </div>
      <fieldset class="filters">
        <legend>걸러보기</legend>
        <div class="filter">
          <label for="type">종류</label>
          <select id="type" name="type">
            <option value="">전체</option>
            <option value="quote">발언</option>
            <option value="article">기사</option>
            <option value="policy">정책</option>
          </select>
        </div>
        <div class="filter">
          <label for="speaker">인물</label>
          <select id="speaker" name="speaker">
            <option value="">전체</option>
            ${model.speakers.map((s) => html`<option value="${s.id}">${s.name}</option>`)}
          </select>
        </div>
        <div class="filter">
          <label for="topic">주제</label>
          <select id="topic" name="topic">
            <option value="">전체</option>
            ${model.topics.map((t) => html`<option value="${t.id}">${t.label}</option>`)}
          </select>
        </div>
        <div class="filter">
          <label for="from">시작일</label>
          <input id="from" name="from" type="date" aria-describedby="date-filter-note">
        </div>
        <div class="filter">
          <label for="to">종료일</label>
          <input id="to" name="to" type="date" aria-describedby="date-filter-note">
        </div>
      </fieldset>
      <p id="date-filter-note" class="note">
        기간을 정하면 연도만 알려진 기사와 그 발언·정책은 그 해가 기간에 걸칠 때 넣어 ‘2021년 (월·일 미상)’처럼 표시하고,
        날짜 미상인 것은 빼지 않고 맨 뒤에 두며 몇 건인지 알려 줍니다.
      </p>
    </form>
    <noscript>
      <p class="note">
        검색은 브라우저에서 JavaScript로 실행됩니다. JavaScript를 켤 수 없다면 <a href="/quotes/">발언 목록</a>,
        <a href="/archive/">연도별 기사</a>를 보거나 <a href="/data/quotes.csv">데이터(CSV)</a>를 내려받아 찾아 주세요.
      </p>
    </noscript>
    <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
    <ol id="search-results" class="search-results"></ol>
    <button id="search-more" class="search-more" type="button" hidden>결과 더 보기</button>
  `;
  return { frame, main };
}
