import { escape } from "html-escaper";
import { describe, expect, test } from "vitest";
import { attribute, html, rawHtml, SafeHtml } from "../../src/lib/html/safeHtml.ts";
import { createRng } from "../../tools/synthetic/random.ts";

describe("html: markup from a template", () => {
  test("text is escaped as Astro escapes it; Hangul, middle dots and curly quotes pass as they are", () => {
    const text = `광주시 <예산> & “약속”·'실천' "정책"`;
    expect(html`<p title="${text}">${text}</p>`.html).toBe(
      '<p title="광주시 &lt;예산&gt; &amp; “약속”·&#39;실천&#39; &quot;정책&quot;">' +
        "광주시 &lt;예산&gt; &amp; “약속”·&#39;실천&#39; &quot;정책&quot;</p>",
    );
  });

  test("markup made by html or trusted by rawHtml is not escaped again; numbers are written", () => {
    const inner = html`<b>${"a & b"}</b>`;
    expect(html`<p>${inner} ${rawHtml("<i>기사</i>")} ${3}</p>`.html).toBe("<p><b>a &amp; b</b> <i>기사</i> 3</p>");
  });

  test("false, null and undefined write nothing, as in an Astro template; lists are written in order", () => {
    const none: string | undefined = undefined;
    expect(html`<p>${false}${null}${none}</p>`.html).toBe("<p></p>");
    expect(html`<ul>${["가", "<나>"].map((x) => html`<li>${x}</li>`)}</ul>`.html).toBe(
      "<ul><li>가</li><li>&lt;나&gt;</li></ul>",
    );
    expect(html`<p>${[["a", ["b"]], "c"]}</p>`.html).toBe("<p>abc</p>");
  });

  test("white space with a line break in the template is one space, none at its start and end; other spaces stay", () => {
    const written = html`
      <section>
        <h2>제목</h2>
        <p>말  그대로 ${"값"}</p>
      </section>
    `;
    expect(written.html).toBe("<section> <h2>제목</h2> <p>말  그대로 값</p> </section>");
    // Values keep their line breaks (the text of a <pre>, CSL-JSON).
    expect(html`<pre>${"a\n  b"}</pre>`.html).toBe("<pre>a\n  b</pre>");
  });

  test("the same template written again gives its own values (the folded text is kept per template)", () => {
    const item = (label: string): SafeHtml => html`
      <li>${label}</li>
    `;
    expect([item("하나"), item("둘")].join("")).toBe("<li>하나</li><li>둘</li>");
  });

  test("any text put into a template comes out as html-escaper's escape of it", () => {
    const rng = createRng(7, "escaped text");
    const alphabet = ["<", ">", "&", '"', "'", "가", "·", "“", " ", "a", "\n", "="];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: rng.int(0, 12) }, () => rng.pick(alphabet)).join("");
      expect(html`<p>${text}</p>`.html).toBe(`<p>${escape(text)}</p>`);
    }
  });
});

describe("attribute: an attribute as Astro writes one", () => {
  test("text is escaped, true is a bare attribute, false, null and undefined leave it out", () => {
    expect(String(attribute("title", `"가" & <나>`))).toBe(' title="&quot;가&quot; &amp; &lt;나&gt;"');
    expect(String(attribute("open", true))).toBe(" open");
    expect(String(attribute("open", false))).toBe("");
    expect(String(attribute("aria-current", null))).toBe("");
    expect(String(attribute("aria-current", undefined))).toBe("");
    expect(html`<details${attribute("open", true)}></details>`.html).toBe("<details open></details>");
  });
});
