import { html, type SafeHtml } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import type { ClusterReport } from "../pageModels/clusterReports.ts";
import { outletLabel, publishedLabel } from "../format.ts";
import { wordingHtml } from "./headlineMatch.ts";

/**
 * The “같은 말, 여러 보도” section of a quote page: which outlet reported the words first, which
 * repeated them and when, each report's words with those that differ from the first report marked.
 */
export function clusterReportsHtml(reports: readonly ClusterReport[]): SafeHtml {
  if (reports.length < 2) return html``;
  const first = reports.find((r) => r.first);
  const differs = reports.some((r) => r.diff.some((part) => part.kind !== "same"));
  return html`
    <section class="cluster" aria-labelledby="cluster-title">
      <h2 id="cluster-title">같은 말, 여러 보도 (${reports.length}건)</h2>
      ${first && html`<p>처음 보도: ${outletLabel(first.outlet)}, ${publishedLabel(first.published)}</p>`}
      <ol class="cluster-reports">
        ${reports.map(
          (report) => html`
          <li${report.current ? html` aria-current="page"` : ""}>
            <p class="cluster-source">
              ${report.first ? html`<strong>첫 보도</strong> ` : ""}${outletLabel(report.outlet)}, ${publishedLabel(report.published)}
              — ${report.current ? html`${report.articleTitle} (이 발언)` : html`<a href="${paths.quote(report.quoteId)}">${report.articleTitle}</a>`}
            </p>
            ${!report.first && html`<p class="cluster-words">“${wordingHtml(report.diff, "this")}”</p>`}
          </li>
        `,
        )}
      </ol>
      ${differs && html`<p class="note">표시한 말이 첫 보도와 다른 부분이다.</p>`}
    </section>
  `;
}
