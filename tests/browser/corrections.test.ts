// Corrections on a built site: the shipped archive plus an invented article with two corrections
// (tests/fixtures/corrections/), built by `npm run build`, served on 127.0.0.1 and read by Debian's
// Chromium: the article's 정정 section, the quote pages, /corrections/, /corrections.xml, the
// JSON-LD and the exports, each page valid HTML (html-validate) with no axe violation.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { HtmlValidate } from "html-validate";
import { xmlError } from "../support/xml.ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildDir, runBuild } from "../support/astroBuild.ts";
import { launchChromium } from "../support/browser.ts";
import { CORRECTED_ID, contentWithCorrections } from "../support/correctionsContent.ts";
import { idsOf, parsePage, referencesOf, sitePages } from "../support/siteFiles.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

const ARTIFACTS = path.resolve("tests/.artifacts/screenshots");
const ARTICLE = `/articles/${CORRECTED_ID}/`;
let outDir = "";
let server: StaticServer;
let browser: Browser;
let pages: Map<string, string>;
/** The quote the second correction names, and one no correction names. */
let named = "";
let unnamed = "";

interface QuoteRow {
  id: string;
  text: string;
  article: string;
  corrections: { date: string; url: string }[];
}

beforeAll(async () => {
  const run = await runBuild({
    contentDir: contentWithCorrections(),
    outDir: path.join(buildDir("corrections"), "dist"),
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  outDir = run.outDir;
  pages = sitePages(outDir);
  const quotes = (JSON.parse(readFileSync(path.join(outDir, "data/quotes.json"), "utf8")) as QuoteRow[]).filter(
    (q) => q.article === CORRECTED_ID,
  );
  named = quotes.find((q) => q.text.startsWith("노선 개편은"))?.id ?? "";
  unnamed = quotes.find((q) => q.text.startsWith("예산은"))?.id ?? "";
  server = await serveStatic(outDir);
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The JSON-LD objects of the page open in `page`. */
async function jsonLdOf(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** A page (in its own context, as axe needs) showing `url`; closing it closes its context. */
async function open(url: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  // The context may already be gone when the browser closes first (afterAll): that is no failure.
  page.on("close", () => void context.close().catch(() => undefined));
  const response = await page.goto(server.origin + url);
  expect(response?.status(), url).toBe(200);
  return page;
}

describe("corrections in a real browser", () => {
  test("the article shows its 정정 section; a link to #correction-2 lands on it; its NewsArticle lists both", async () => {
    const page = await open(`${ARTICLE}#correction-2`);
    const section = page.locator("section#corrections");
    expect(await section.getByRole("heading", { level: 2 }).textContent()).toBe("정정 2건");
    const items = section.locator("ol > li");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain("2020년 3월 3일");
    expect(await items.nth(0).locator(".correction-original").textContent()).toBe("시는 노선 12개를 새로 짠다.");
    const target = page.locator("#correction-2");
    expect(await target.textContent()).toContain("발언의 끝 부분을 보도자료대로 고쳤습니다.");
    const inView = await target.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await target.getByRole("link").click();
    expect(new URL(page.url()).pathname).toBe(`/quotes/${named}/`);
    await page.goto(server.origin + ARTICLE);
    const [news] = await jsonLdOf(page);
    expect(news?.["@type"]).toBe("NewsArticle");
    expect(news?.["correction"]).toEqual([
      expect.objectContaining({ "@type": "CorrectionComment", datePublished: "2020-03-03" }),
      expect.objectContaining({
        "@type": "CorrectionComment",
        datePublished: "2020-03-04T09:30:00+09:00",
        url: `https://press-archive.example${ARTICLE}#correction-2`,
      }),
    ]);
    await page.locator("section#corrections").screenshot({ path: path.join(ARTIFACTS, "corrections-article.png") });
    await page.close();
  });

  test("the quote a correction names shows it, linked to the article's; its Quotation carries it", async () => {
    const page = await open(`/quotes/${named}/`, 360);
    const section = page.locator("section.corrections");
    expect(await section.count(), "the quote page shows quoteCorrectionsHtml (src/lib/site/html/quotePage.ts)").toBe(1);
    expect(await section.textContent()).toContain("발언의 끝 부분을 보도자료대로 고쳤습니다.");
    expect(await section.locator(".correction-original").textContent()).toBe("“노선 개편은 시민과 함께 하겠다”");
    expect(await section.textContent()).toContain("이 기사에는 다른 정정 1건이 있습니다");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const [quotation] = await jsonLdOf(page);
    expect(quotation?.["@type"]).toBe("Quotation");
    expect(quotation?.["correction"]).toEqual([
      expect.objectContaining({ "@type": "CorrectionComment", datePublished: "2020-03-04T09:30:00+09:00" }),
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, "corrections-quote-phone.png"), fullPage: true });
    await section.getByRole("link", { name: "기사의 정정 기록에서 보기" }).click();
    expect(new URL(page.url()).hash).toBe("#correction-2");
    await page.close();
  });

  test("a quote no correction names says only that its article was corrected", async () => {
    const page = await open(`/quotes/${unnamed}/`);
    const section = page.locator("section.corrections");
    expect(await section.count(), "the quote page shows quoteCorrectionsHtml (src/lib/site/html/quotePage.ts)").toBe(1);
    expect(await section.textContent()).toContain("이 발언이 실린 기사에 정정 2건이 있습니다");
    expect(await section.locator("li").count()).toBe(0);
    const [quotation] = await jsonLdOf(page);
    expect(quotation).not.toHaveProperty("correction");
    await page.close();
  });

  test("/corrections/ lists both, newest first, and is linked from every page's footer", async () => {
    const home = await open("/");
    await home.locator("footer").getByRole("link", { name: "정정 기록" }).click();
    expect(new URL(home.url()).pathname).toBe("/corrections/");
    expect(await home.locator("h1").textContent()).toBe("정정 기록");
    expect(await home.locator('link[rel="alternate"][href="/corrections.xml"]').count()).toBe(1);
    const items = home.locator("main ol > li");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain("2020년 3월 4일 09:30");
    expect(await items.nth(1).textContent()).toContain("2020년 3월 3일");
    await home.screenshot({ path: path.join(ARTIFACTS, "corrections-page.png"), fullPage: true });
    await items.nth(1).getByRole("link", { name: "예시시, 시내버스 노선 개편안 발표" }).click();
    expect(new URL(home.url()).hash).toBe("#correction-1");
    await home.close();
  });

  test("/corrections.xml is well-formed RSS, newest first, each item linking its correction", async () => {
    const response = await fetch(`${server.origin}/corrections.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xmlError(xml)).toBeNull();
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/gu)].map((m) => m[1]);
    expect(links).toEqual([
      `https://press-archive.example${ARTICLE}#correction-2`,
      `https://press-archive.example${ARTICLE}#correction-1`,
    ]);
    expect(xml).toContain("<title>[정정] 예시시, 시내버스 노선 개편안 발표</title>");
  });

  test("the pages have no axe violations", async () => {
    const violations: string[] = [];
    for (const url of [ARTICLE, `/quotes/${named}/`, "/corrections/"]) {
      const page = await open(url);
      const result = await new AxeBuilder({ page }).analyze();
      violations.push(...result.violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.help}`));
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});

describe("the built files", () => {
  test("html-validate finds no error on the article, the quote pages and /corrections/", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-trailing-whitespace": "off", "valid-id": ["error", { relaxed: true }] },
    });
    const errors: string[] = [];
    for (const url of [ARTICLE, `/quotes/${named}/`, `/quotes/${unnamed}/`, "/corrections/", "/"]) {
      const html = pages.get(url);
      expect(html, url).toBeDefined();
      const report = await validator.validateString(html ?? "", url);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${url}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  test("every link to a correction finds its id", () => {
    const broken: string[] = [];
    for (const url of [ARTICLE, `/quotes/${named}/`, `/quotes/${unnamed}/`, "/corrections/"]) {
      for (const ref of referencesOf(parsePage(pages.get(url) ?? ""))) {
        const target = new URL(ref, `https://press-archive.example${url}`);
        if (!target.hash.startsWith("#correction")) continue;
        if (!idsOf(parsePage(pages.get(target.pathname) ?? "")).has(target.hash.slice(1)))
          broken.push(`${url} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("the exports carry the corrections: all on the article, the naming one on its quote", () => {
    const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(outDir, `data/${name}.json`), "utf8")) as T;
    const article = read<{ id: string; corrections: { date: string }[] }[]>("articles").find(
      (a) => a.id === CORRECTED_ID,
    );
    expect(article?.corrections.map((c) => c.date)).toEqual(["2020-03-03", "2020-03-04T09:30:00+09:00"]);
    const quotes = read<QuoteRow[]>("quotes");
    expect(quotes.find((q) => q.id === named)?.corrections.map((c) => c.url)).toEqual([
      `https://press-archive.example${ARTICLE}#correction-2`,
    ]);
    expect(quotes.find((q) => q.id === unnamed)?.corrections).toEqual([]);
    const csv = readFileSync(path.join(outDir, "data/articles.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toContain("corrections");
  });
});
