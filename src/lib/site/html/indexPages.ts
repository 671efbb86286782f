// The pages that list a whole collection: `/archive/`, `/speakers/`, `/topics/`, `/policies/`.
import { html } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import { publishedLabel } from "../format.ts";
import type {
  ArchiveIndexModel,
  PoliciesIndexModel,
  SpeakersIndexModel,
  TopicsIndexModel,
} from "../pageModels/indexPages.ts";
import { articleListHtml } from "./articleList.ts";
import type { MarkupPage, PageFrame } from "./layout.ts";

/** The frame of a collection's page at `href`: its title, and its crumb (`label`) one below home. */
function indexFrame(title: string, href: string, label = title): PageFrame {
  return {
    title,
    crumbs: [
      { label: "홈", href: "/" },
      { label, href },
    ],
  };
}

/** `/archive/`: each year with its number of articles, then the articles of no known year. */
export function archiveIndexPage(model: ArchiveIndexModel): MarkupPage {
  const { years, undated } = model;
  const main = html`
    <h1>연도별 기사</h1>
    <ul class="entity-list">
      ${years.map(
        ({ year, articleCount }) => html`
        <li><a href="${paths.year(year)}">${year}년</a> <span class="count">기사 ${articleCount}</span></li>
      `,
      )}
    </ul>
    ${
      undated.length > 0 &&
      html`
      <section id="undated">
        <h2>연도 미상 <span class="count">기사 ${undated.length}</span></h2>
        ${articleListHtml(undated)}
      </section>
    `
    }
  `;
  return { frame: indexFrame("연도별 기사", "/archive/", "연도별"), main };
}

/** `/speakers/`: every speaker, with their number of quotes and articles and who they are. */
export function speakersIndexPage(model: SpeakersIndexModel): MarkupPage {
  const main = html`
    <h1>인물</h1>
    <ul class="entity-list">
      ${model.speakers.map(
        (speaker) => html`
        <li>
          <a href="${paths.speaker(speaker.id)}">${speaker.name}</a>
          <span class="count">발언 ${speaker.quoteCount} · 기사 ${speaker.articleCount}</span>
          ${speaker.description && html`<p>${speaker.description}</p>`}
        </li>
      `,
      )}
    </ul>
  `;
  return { frame: indexFrame("인물", "/speakers/"), main };
}

/** `/topics/`: every topic, with its number of articles and quotes and what it covers. */
export function topicsIndexPage(model: TopicsIndexModel): MarkupPage {
  const main = html`
    <h1>주제</h1>
    <ul class="entity-list">
      ${model.topics.map(
        (topic) => html`
        <li>
          <a href="${paths.topic(topic.id)}">${topic.label}</a>
          <span class="count">기사 ${topic.articleCount} · 발언 ${topic.quoteCount}</span>
          ${topic.description && html`<p>${topic.description}</p>`}
        </li>
      `,
      )}
    </ul>
  `;
  return { frame: indexFrame("주제", "/topics/"), main };
}

/** `/policies/`: every policy item, latest article first, with its area and date. */
export function policiesIndexPage(model: PoliciesIndexModel): MarkupPage {
  const main = html`
    <h1>정책</h1>
    <p>기사가 전한 정책과 그 수치, 최신 기사순.</p>
    <ul class="entity-list">
      ${model.policies.map(
        (policy) => html`
        <li>
          <a href="${paths.policy(policy.id)}">${policy.title}</a>
          <span class="count">${policy.area && `${policy.area} · `}${publishedLabel(policy.published)}</span>
        </li>
      `,
      )}
    </ul>
  `;
  return { frame: indexFrame("정책", "/policies/"), main };
}
