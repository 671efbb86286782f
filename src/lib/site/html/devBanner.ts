import { html, type SafeHtml } from "../../html/safeHtml.ts";
import type { ContentProblem } from "../../errors.ts";

/** How many errors the banner names; the rest are counted. */
const SHOWN = 5;

/**
 * The banner `astro dev` puts above every page while the content folder has an error: each error's
 * file and line, field, message and fix, and what the pages show meanwhile (the last content that
 * loaded without an error, or an empty archive when none has yet). Nothing when there is no error.
 */
export function devBannerHtml(problems: readonly ContentProblem[], hasGoodContent: boolean): SafeHtml | "" {
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length === 0) return "";
  return html`
    <aside class="dev-banner" aria-label="콘텐츠 오류">
      <p>
        <strong>콘텐츠 오류 ${errors.length}건</strong>:
        ${
          hasGoodContent
            ? "고칠 때까지 마지막으로 오류 없이 읽힌 내용을 보여 줍니다."
            : "오류 없이 읽힌 내용이 아직 없어 빈 아카이브를 보여 줍니다."
        }
        (개발 서버에만 보이는 안내)
      </p>
      <ul>
        ${errors.slice(0, SHOWN).map(
          (error) => html`
          <li>
            <code>${error.line === undefined ? error.file : `${error.file}:${error.line}`}</code>
            ${error.field && !error.message.startsWith(`\`${error.field}\``) && html`<code>${error.field}</code>`}
            ${error.message}
            <br>고치는 법: ${error.fix}
          </li>
        `,
        )}
      </ul>
      ${errors.length > SHOWN && html`<p>그 밖에 ${errors.length - SHOWN}건: <code>npm run archive -- check</code>가 모두 보여 줍니다.</p>`}
    </aside>
  `;
}
