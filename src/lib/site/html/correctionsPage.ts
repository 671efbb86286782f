import { html } from "../../html/safeHtml.ts";
import { CORRECTIONS_FEED, CORRECTIONS_PAGE, correctionHref } from "../corrections.ts";
import { outletLabel, publishedLabel } from "../format.ts";
import type { CorrectionsPageModel } from "../pageModels/corrections.ts";
import { correctionDateHtml, correctionFieldsHtml } from "./corrections.ts";
import type { MarkupPage } from "./layout.ts";

/**
 * `/corrections/`: every correction of the archive, newest first; each names the article it
 * corrects (linked to the correction's place on the article's page), its outlet and publication
 * date, then the correction's date, what was changed, why and the words as first published. The
 * page links its RSS feed (`/corrections.xml`) in its head and its text.
 */
export function correctionsPage(model: CorrectionsPageModel): MarkupPage {
  const { corrections } = model;
  const main = html`
    <h1>정정 기록</h1>
    <p>
      기사가 게재된 뒤 바로잡힌 내용입니다. 최신 정정순. 새 정정은
      <a href="${CORRECTIONS_FEED}">정정 RSS</a>로도 받아 볼 수 있습니다.
    </p>
    ${
      corrections.length === 0
        ? html`<p>아직 정정된 기사가 없습니다.</p>`
        : html`
        <ol class="entity-list correction-list">
          ${corrections.map(
            (correction) => html`
            <li>
              <p class="correction-date">${correctionDateHtml(correction)} 정정</p>
              <p>
                <a href="${correctionHref(correction.article.id, correction.number)}">${correction.article.title}</a>
                <span class="count">${outletLabel(correction.article.outlet)} · ${publishedLabel(correction.article.published)}</span>
              </p>
              ${correctionFieldsHtml(correction)}
            </li>
          `,
          )}
        </ol>
      `
    }
  `;
  return {
    frame: {
      title: "정정 기록",
      description: "기사가 게재된 뒤 바로잡힌 내용, 최신 정정순.",
      crumbs: [
        { label: "홈", href: "/" },
        { label: "정정 기록", href: CORRECTIONS_PAGE },
      ],
      feed: { title: "정정 기록", href: CORRECTIONS_FEED },
    },
    main,
  };
}
