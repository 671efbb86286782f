import { html } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import { TOPIC_CHART } from "../charts/chartRules.ts";
import { timelineChartHtml } from "../charts/timelineSvg.ts";
import type { TopicPageModel } from "../pageModels/listPages.ts";
import { articleListHtml } from "./articleList.ts";
import type { MarkupPage, PageFrame } from "./layout.ts";
import { linkSectionHtml } from "./links.ts";
import { paginationHtml } from "./pagination.ts";
import { quoteListHtml } from "./quoteList.ts";

/**
 * A page of `/topics/<id>/`: the topic, on the first page a chart of its quotes over time by
 * speaker, its articles (this page's share, with links to the other pages), and on the first page
 * its policy items and latest quotes; then its feed.
 */
export function topicPage(model: TopicPageModel): MarkupPage {
  const { topic, chart, page, articleCount, quotes, quoteCount, policies, policyCount } = model;
  const feed = { title: `주제 ${topic.label} 기사 RSS`, href: `${paths.topic(topic.id)}rss.xml` };
  const frame: PageFrame = {
    title: `주제: ${topic.label}`,
    description: topic.description ?? `${topic.label} 관련 기사와 발언`,
    crumbs: [
      { label: "홈", href: "/" },
      { label: "주제", href: "/topics/" },
      { label: topic.label, href: paths.topic(topic.id) },
    ],
    feed,
  };
  const main = html`
    <h1>${topic.label}</h1>
    ${topic.description && html`<p class="lead">${topic.description}</p>`}
    ${
      chart &&
      html`
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">누가 언제 말했나</h2>
        ${timelineChartHtml(chart, TOPIC_CHART)}
      </section>
    `
    }
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">기사 ${articleCount}건${page.count > 1 && ` (${page.number}/${page.count}쪽)`}</h2>
      ${articleListHtml(page.items)}
      ${paginationHtml(page, paths.topic(topic.id))}
    </section>
    ${linkSectionHtml(
      `정책 ${policyCount}건${policyCount > policies.length ? ", 최근 50건" : ""}`,
      "policies-title",
      policies.map((p) => ({ href: paths.policy(p.id), label: p.title })),
    )}
    ${
      quotes.length > 0 &&
      html`
      <section aria-labelledby="quotes-title">
        <h2 id="quotes-title">발언 ${quoteCount}건${quoteCount > quotes.length && ", 최근 30건"}</h2>
        ${quoteListHtml(quotes)}
      </section>
    `
    }
    <p><a href="${feed.href}">이 주제의 기사 RSS</a></p>
  `;
  return { frame, main };
}
