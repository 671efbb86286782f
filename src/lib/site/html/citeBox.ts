import { html, attribute, type SafeHtml } from "../../html/safeHtml.ts";
import { bibtex } from "../../citations/bibtex.ts";
import type { Citable } from "../../citations/citable.ts";
import { cslJson } from "../../citations/cslJson.ts";
import { koreanReference } from "../../citations/korean.ts";
import { safeHref } from "../../text/httpUrl.ts";
import { displayText } from "../format.ts";

/**
 * The “인용하기” box: the source as a Korean reference (open), as BibTeX and as CSL-JSON, each ready
 * to copy. The original article's address is cited only when it is a web address. The reference
 * is prose, shown as the page's text is (`displayText`); BibTeX and CSL-JSON are data and keep the
 * text as published (displayHtml leaves `<pre>` alone).
 */
export function citeBoxHtml(cited: Citable): SafeHtml {
  const { url, ...article } = cited.article;
  const sourceUrl = safeHref(url);
  const source: Citable = { ...cited, article: sourceUrl === undefined ? article : { ...article, url: sourceUrl } };
  const formats = [
    { id: "korean", label: "참고문헌", text: displayText(koreanReference(source)) },
    { id: "bibtex", label: "BibTeX", text: bibtex(source) },
    { id: "csl", label: "CSL-JSON", text: JSON.stringify(cslJson(source), null, 2) },
  ];
  return html`
    <section class="cite-box" aria-labelledby="cite-title">
      <h2 id="cite-title">인용하기</h2>
      ${formats.map(
        (format) => html`
        <details${attribute("open", format.id === "korean")}>
          <summary>${format.label}</summary>
          <pre id="cite-${format.id}" tabindex="0">${format.text}</pre>
        </details>
      `,
      )}
    </section>
  `;
}
