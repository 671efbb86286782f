import { html, type SafeHtml } from "../../html/safeHtml.ts";

/** A link to a page of the site. */
export interface SiteLink {
  href: string;
  label: string;
}

/** A section of links under a heading (`id` names the heading, unique on the page); nothing when there are none. */
export function linkSectionHtml(title: string, id: string, links: readonly SiteLink[]): SafeHtml | "" {
  if (links.length === 0) return "";
  return html`
    <section aria-labelledby="${id}">
      <h2 id="${id}">${title}</h2>
      <ul>${links.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}</ul>
    </section>
  `;
}

/** Links one after another, between middle dots (`가 · 나`). */
export function dottedLinksHtml(links: readonly SiteLink[]): SafeHtml {
  return html`${links.map((link, i) => html`${i > 0 && " · "}<a href="${link.href}">${link.label}</a>`)}`;
}

/** Links on one line after a label (`인물: 가 · 나`); nothing when there are none. */
export function inlineLinksHtml(label: string, links: readonly SiteLink[]): SafeHtml | "" {
  if (links.length === 0) return "";
  return html`<p>${label}: ${dottedLinksHtml(links)}</p>`;
}
