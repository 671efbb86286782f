import { html } from "../../html/safeHtml.ts";
import { paths } from "../../exports/paths.ts";
import { publishedLabel } from "../format.ts";
import type { PolicyPageModel } from "../pageModels/policyPage.ts";
import type { MarkupPage } from "./layout.ts";
import { dottedLinksHtml } from "./links.ts";
import { quoteListHtml } from "./quoteList.ts";

/** A policy item's page: title, area, summary, its figures as a table, its article and topics, and the quotes about it. */
export function policyPage(model: PolicyPageModel): MarkupPage {
  const { policy, article, quotes, topics } = model;
  const frame = {
    title: `정책: ${policy.title}`,
    description: policy.summary ?? policy.title,
    crumbs: [
      { label: "홈", href: "/" },
      { label: "정책", href: "/policies/" },
      { label: policy.title, href: paths.policy(policy.id) },
    ],
  };
  const main = html`
    <h1>${policy.title}</h1>
    ${policy.area && html`<p class="kicker">${policy.area}</p>`}
    ${policy.summary && html`<p class="lead">${policy.summary}</p>`}
    ${
      policy.figures.length > 0 &&
      html`
      <table class="figures">
        <caption>수치</caption>
        <thead>
          <tr><th scope="col">항목</th><th scope="col">이전</th><th scope="col">이후</th><th scope="col">기간</th></tr>
        </thead>
        <tbody>
          ${policy.figures.map(
            (figure) => html`
            <tr>
              <th scope="row">${figure.label}</th>
              <td>${figure.from ?? "—"}</td>
              <td>${figure.to}</td>
              <td>${figure.period ?? "—"}</td>
            </tr>
          `,
          )}
        </tbody>
      </table>
    `
    }
    <dl class="facts">
      <dt>출처 기사</dt>
      <dd>
        ${article ? html`<a href="${paths.article(article.id)}">${article.title}</a>` : policy.article}, ${publishedLabel(policy.published)}
      </dd>
      ${
        topics.length > 0 &&
        html`
        <dt>주제</dt>
        <dd>${dottedLinksHtml(topics.map((t) => ({ href: paths.topic(t.id), label: t.label })))}</dd>
      `
      }
    </dl>
    ${
      quotes.length > 0 &&
      html`
      <section aria-labelledby="quotes-title">
        <h2 id="quotes-title">관련 발언</h2>
        ${quoteListHtml(quotes.map((quote) => ({ quote })))}
      </section>
    `
    }
  `;
  return { frame, main };
}
