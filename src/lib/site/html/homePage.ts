import { html } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import type { SiteConfig } from "../../schemas/site.ts";
import { webSite } from "../jsonLd.ts";
import type { HomePageModel } from "../pageModels/homePage.ts";
import { articleListHtml } from "./articleList.ts";
import type { MarkupPage, PageFrame } from "./layout.ts";
import { quoteListHtml } from "./quoteList.ts";

/**
 * The home page of the site `site` (its name and introduction are its own, from site.yaml): the
 * archive's size, its latest articles and years, notable quotes, and every speaker and topic.
 */
export function homePage(model: HomePageModel, site: SiteConfig): MarkupPage {
  const frame: PageFrame = { title: site.name, jsonLd: [webSite(site)] };
  const main = html`
    <h1>${site.name}</h1>
    <p class="lead">${site.description} 기사 ${model.articleCount}건, 발언 ${model.quoteCount}건.</p>
    <section aria-labelledby="latest">
      <h2 id="latest">최근 기사</h2>
      ${articleListHtml(model.latest)}
      <p>연도별: ${model.years.map((year, i) => html`${i > 0 && " · "}<a href="${paths.year(year)}">${year}년</a>`)}</p>
    </section>
    <section aria-labelledby="quotes">
      <h2 id="quotes">주요 발언</h2>
      ${quoteListHtml(model.notable)}
      <p><a href="/quotes/">발언 전체 보기</a></p>
    </section>
    <section aria-labelledby="speakers">
      <h2 id="speakers">인물</h2>
      <ul class="chip-list">
        ${model.speakers.map(
          (speaker) => html`
          <li><a href="${paths.speaker(speaker.id)}">${speaker.label}</a> <span class="count">발언 ${speaker.count}</span></li>
        `,
        )}
      </ul>
    </section>
    <section aria-labelledby="topics">
      <h2 id="topics">주제</h2>
      <ul class="chip-list">
        ${model.topics.map(
          (topic) => html`
          <li><a href="${paths.topic(topic.id)}">${topic.label}</a> <span class="count">기사 ${topic.count}</span></li>
        `,
        )}
      </ul>
    </section>
  `;
  return { frame, main };
}
