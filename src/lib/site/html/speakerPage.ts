import { html } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import { SPEAKER_CHART } from "../charts/chartRules.ts";
import { timelineChartHtml } from "../charts/timelineSvg.ts";
import { rolePeriod } from "../format.ts";
import { person } from "../jsonLd.ts";
import type { SpeakerPageModel } from "../pageModels/listPages.ts";
import { articleListHtml } from "./articleList.ts";
import type { MarkupPage, PageFrame } from "./layout.ts";
import { paginationHtml } from "./pagination.ts";
import { quoteListHtml } from "./quoteList.ts";

/**
 * A page of `/speakers/<id>/` on the site at `origin`: the speaker's name and offices, on the
 * first page a chart of their quotes over time by topic, their quotes (this page's share, each with
 * the office held at its date, and links to the other pages), their latest articles and their feed.
 */
export function speakerPage(model: SpeakerPageModel, origin: string): MarkupPage {
  const { speaker, chart, page, quoteCount, articles, articleCount } = model;
  const feed = { title: `${speaker.name} 발언 기사 RSS`, href: `${paths.speaker(speaker.id)}rss.xml` };
  const frame: PageFrame = {
    title: speaker.name,
    description: speaker.description ?? `${speaker.name}의 발언과 관련 기사`,
    crumbs: [
      { label: "홈", href: "/" },
      { label: "인물", href: "/speakers/" },
      { label: speaker.name, href: paths.speaker(speaker.id) },
    ],
    ogType: "profile",
    jsonLd: [person(speaker, origin)],
    feed,
  };
  const main = html`
    <h1>${speaker.name} ${speaker.nameLatin && html`<span class="latin" lang="en">${speaker.nameLatin}</span>`}</h1>
    ${speaker.description && html`<p class="lead">${speaker.description}</p>`}
    ${
      speaker.roles.length > 0 &&
      html`
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">경력</h2>
        <ol class="roles">
          ${speaker.roles.map(
            (role) => html`
            <li><strong>${role.title}</strong> · ${role.organisation} <span class="period">${rolePeriod(role)}</span></li>
          `,
          )}
        </ol>
      </section>
    `
    }
    ${
      chart &&
      html`
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">시기별 발언</h2>
        ${timelineChartHtml(chart, SPEAKER_CHART)}
      </section>
    `
    }
    <section aria-labelledby="quotes-title">
      <h2 id="quotes-title">발언 ${quoteCount}건${page.count > 1 && ` (${page.number}/${page.count}쪽)`}</h2>
      ${quoteListHtml(page.items, true)}
      ${paginationHtml(page, paths.speaker(speaker.id))}
    </section>
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">관련 기사 ${articleCount}건${articleCount > articles.length && ", 최근 20건"}</h2>
      ${articleListHtml(articles)}
    </section>
    <p><a href="${feed.href}">이 인물의 기사 RSS</a></p>
  `;
  return { frame, main };
}
