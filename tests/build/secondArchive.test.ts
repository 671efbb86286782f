// A second archive, of another official in another city (tests/fixtures/second-archive/), built for
// real: every place the site names itself or its address takes them from its own site.yaml, and
// nothing of the shipped archive's identity is left anywhere in what it publishes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { astroBuild, type BuildRun } from "../support/astroBuild.ts";
import { FIXTURES } from "../support/fixtures.ts";
import { SHIPPED_SITE } from "../support/siteConfig.ts";

const CONTENT = path.join(FIXTURES, "second-archive");
const NAME = "목포시장 발언 기록관";
const ORIGIN = "https://mokpo-archive.example.org";
const ARTICLE = "2024-05-20-old-town-night-market";

let run: BuildRun;
const read = (file: string): string => readFileSync(path.join(run.outDir, file), "utf8");

beforeAll(async () => {
  run = await astroBuild({ contentDir: CONTENT });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output.slice(-3000)}`);
}, 300_000);

/** Every file of the built site, by its path in the site. */
function siteFiles(): string[] {
  return readdirSync(run.outDir, { recursive: true, encoding: "utf8" }).filter((file) =>
    statSync(path.join(run.outDir, file)).isFile(),
  );
}

/** The JSON-LD objects of a page. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gu)].map(
    (match) => JSON.parse(match[1] ?? "null") as Record<string, unknown>,
  );
}

/** The first quote page of the site. */
function firstQuotePage(): string {
  const quotes = JSON.parse(read("data/quotes.json")) as { id: string }[];
  return read(`quotes/${quotes[0]?.id}/index.html`);
}

describe("a second archive built with its own site.yaml", () => {
  test("the shipped archive's name, introduction and origin appear in no file the site publishes", () => {
    const files = siteFiles();
    expect(files.length).toBeGreaterThan(20);
    const leaks = files.filter((file) => {
      const text = readFileSync(path.join(run.outDir, file), "utf8");
      return (
        text.includes(SHIPPED_SITE.name) ||
        text.includes(SHIPPED_SITE.description) ||
        text.includes(new URL(SHIPPED_SITE.origin).host) ||
        text.includes("광주")
      );
    });
    expect(leaks).toEqual([]);
  });

  test("the home page: its title, header, heading, introduction, canonical URL and WebSite JSON-LD", () => {
    const html = read("index.html");
    expect(html).toContain(`<title>${NAME}</title>`);
    expect(html).toContain(`<a class="site-name" href="/">${NAME}</a>`);
    expect(html).toContain(`<h1>${NAME}</h1>`);
    expect(html).toContain("목포 지역 언론에 실린 목포시장의 말을 기사 원문과 함께 남깁니다. 기사 2건, 발언 6건.");
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/">`);
    expect(html).toContain(`<meta property="og:site_name" content="${NAME}">`);
    expect(jsonLdOf(html)).toContainEqual(
      expect.objectContaining({
        "@type": "WebSite",
        name: NAME,
        url: `${ORIGIN}/`,
        publisher: { "@type": "Organization", name: "목포 시민 기록 모임", email: "records@mokpo-archive.example.org" },
        copyrightNotice: "기사 원문의 저작권은 각 언론사에 있습니다. 발언 기록은 CC BY 4.0으로 공개합니다.",
      }),
    );
  });

  test("every page's footer gives the archive's licence line and who runs it", () => {
    for (const file of ["index.html", `articles/${ARTICLE}/index.html`, "speakers/han-ba-da/index.html"]) {
      const html = read(file);
      expect(html, file).toContain(
        "<p>기사 원문의 저작권은 각 언론사에 있습니다. 발언 기록은 CC BY 4.0으로 공개합니다.</p>",
      );
      expect(html, file).toContain('연락처: <a href="mailto:records@mokpo-archive.example.org">');
    }
  });

  test("an article page: title, header and canonical URL on the archive's name and origin; its JSON-LD on its origin", () => {
    const html = read(`articles/${ARTICLE}/index.html`);
    expect(html).toContain(`<title>한바다 목포시장 “원도심 야시장, 주민과 함께 키우겠다” — ${NAME}</title>`);
    expect(html).toContain(`<a class="site-name" href="/">${NAME}</a>`);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/articles/${ARTICLE}/">`);
    const news = jsonLdOf(html).find((data) => data["@type"] === "NewsArticle");
    expect(news).toMatchObject({ "@id": `${ORIGIN}/articles/${ARTICLE}/`, url: `${ORIGIN}/articles/${ARTICLE}/` });
    expect(jsonLdOf(html).find((data) => data["@type"] === "BreadcrumbList")).toMatchObject({
      itemListElement: expect.arrayContaining([expect.objectContaining({ item: `${ORIGIN}/` })]),
    });
    expect(html).toContain(`<meta name="citation_public_url" content="${ORIGIN}/articles/${ARTICLE}/">`);
  });

  test("a quote's citations (reference line, BibTeX, CSL-JSON) point at the archive's own origin", () => {
    const html = firstQuotePage();
    const cite = /<section class="cite-box".*?<\/section>/su.exec(html)?.[0] ?? "";
    expect(cite).toMatch(new RegExp(`<pre id="cite-korean"[^>]*>[^<]*${ORIGIN}/quotes/`, "u"));
    expect(cite).toMatch(new RegExp(`<pre id="cite-bibtex"[^>]*>[^<]*url = \\{${ORIGIN}/quotes/`, "u"));
    expect(cite).toMatch(new RegExp(`<pre id="cite-csl"[^>]*>[^<]*&quot;URL&quot;: &quot;${ORIGIN}/quotes/`, "u"));
    expect(jsonLdOf(html).find((data) => data["@type"] === "Quotation")).toMatchObject({
      "@id": expect.stringMatching(new RegExp(`^${ORIGIN}/quotes/`, "u")),
    });
  });

  test("the feeds: channel title, link, language and copyright are the archive's", () => {
    const main = read("rss.xml");
    expect(main).toContain(`<title>${NAME}</title>`);
    expect(main).toContain(
      "<description>목포 지역 언론에 실린 목포시장의 말을 기사 원문과 함께 남깁니다.</description>",
    );
    expect(main).toContain(`<link>${ORIGIN}/</link>`);
    expect(main).toContain("<language>ko</language>");
    expect(main).toContain(
      "<copyright>기사 원문의 저작권은 각 언론사에 있습니다. 발언 기록은 CC BY 4.0으로 공개합니다.</copyright>",
    );
    expect(main).toContain(`<link>${ORIGIN}/articles/${ARTICLE}/</link>`);
    expect(read("speakers/han-ba-da/rss.xml")).toContain(`<title>한바다 — ${NAME}</title>`);
    expect(read("topics/old-town/rss.xml")).toContain(`<title>원도심 — ${NAME}</title>`);
  });

  test("the sitemap and robots.txt list the archive's own addresses", () => {
    expect(read("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-index.xml\n`);
    expect(read("sitemap-index.xml")).toContain(`<loc>${ORIGIN}/sitemap-0.xml</loc>`);
    expect(read("sitemap-0.xml")).toContain(`<loc>${ORIGIN}/articles/${ARTICLE}/</loc>`);
  });

  test("the data exports give page addresses on the archive's origin", () => {
    const articles = JSON.parse(read("data/articles.json")) as { id: string; url: string }[];
    expect(articles.map((a) => a.url).sort()).toEqual([
      `${ORIGIN}/articles/2024-05-20-old-town-night-market/`,
      `${ORIGIN}/articles/2024-09-03-island-ferry-fares/`,
    ]);
    expect(read("data/quotes.csv")).toContain(`${ORIGIN}/quotes/`);
    expect(read("data/speakers.json")).toContain(`${ORIGIN}/speakers/han-ba-da/`);
  });
});
