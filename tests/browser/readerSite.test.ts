import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { HtmlValidate } from "html-validate";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { astroBuild } from "../support/astroBuild.ts";
import { launchChromium } from "../support/browser.ts";
import { elements, idsOf, parsePage, referencesOf, sitePages } from "../support/siteFiles.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

// A real build of the shipped archive, served on 127.0.0.1 and read by Debian's Chromium.
const ARTIFACTS = path.resolve("tests/.artifacts/screenshots");
let outDir = "";
let server: StaticServer;
let browser: Browser;
let pages: Map<string, string>;
let quotes: { id: string; article: string; line: number | null }[];

beforeAll(async () => {
  const run = await astroBuild({ contentDir: path.resolve("content") });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  outDir = run.outDir;
  pages = sitePages(outDir);
  quotes = JSON.parse(readFileSync(path.join(outDir, "data/quotes.json"), "utf8")) as typeof quotes;
  server = await serveStatic(outDir);
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const json = <T>(name: string): T => JSON.parse(readFileSync(path.join(outDir, `data/${name}.json`), "utf8")) as T;
const firstQuote = () => quotes.find((q) => q.line !== null) ?? quotes[0]!;

/** One page of each type, by name. */
function pageTypes(): [string, string][] {
  const speaker = json<{ id: string }[]>("speakers")[0]!.id;
  const topic = json<{ id: string }[]>("topics")[0]!.id;
  const policy = json<{ id: string }[]>("policies")[0]!.id;
  const article = json<{ id: string }[]>("articles")[1]!.id;
  return [
    ["home", "/"],
    ["article", `/articles/${article}/`],
    ["quote", `/quotes/${firstQuote().id}/`],
    ["speaker", `/speakers/${speaker}/`],
    ["topic", `/topics/${topic}/`],
    ["policy", `/policies/${policy}/`],
    ["year", "/archive/2019/"],
    ["quotes", "/quotes/"],
    ["speakers", "/speakers/"],
    ["topics", "/topics/"],
    ["policies", "/policies/"],
    ["years", "/archive/"],
    ["search", `/search/?q=${encodeURIComponent("청렴행정")}`],
    ["not-found", "/no-such-page/"],
  ];
}

describe("every page type in a real browser", () => {
  const widths = [
    ["phone", 360, 780],
    ["desktop", 1280, 900],
  ] as const;

  test.each(widths)("renders at %s width, fits the screen, and is screenshotted", async (label, width, height) => {
    const context: BrowserContext = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    for (const [name, url] of pageTypes()) {
      const response = await page.goto(server.origin + url);
      expect(response?.status(), url).toBe(name === "not-found" ? 404 : 200);
      expect(await page.getAttribute("html", "lang")).toBe("ko");
      expect(await page.locator("h1").count(), `${url} has one h1`).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      if (name === "search") await page.waitForSelector("#search-results li");
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${label}.png`), fullPage: true });
    }
    await context.close();
  });

  test.each(["light", "dark"] as const)("has zero axe violations in %s mode", async (colorScheme) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const [name, url] of pageTypes()) {
      await page.goto(server.origin + url);
      if (name === "search") await page.waitForSelector("#search-results li");
      const result = await new AxeBuilder({ page }).analyze();
      violations.push(...result.violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.help}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  test("an article URL with a quote's id lands on that quote and shows it marked", async () => {
    const quote = firstQuote();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/articles/${quote.article}/#${quote.id}`);
    const target = page.locator(`[id="${quote.id}"]`);
    await expect(target.isVisible()).resolves.toBe(true);
    const background = await target.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    const inView = await target.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.close();
  });

  test("keyboard: the first Tab reaches the skip link, which moves focus past the header", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("본문으로 건너뛰기");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
    await page.close();
  });
});

describe("the built HTML", () => {
  test("has zero html-validate errors on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-trailing-whitespace": "off", "valid-id": ["error", { relaxed: true }] },
    });
    const errors: string[] = [];
    for (const [url, html] of pages) {
      const report = await validator.validateString(html, url);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${url}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  test("has zero broken internal links, fragment ids included", () => {
    const broken: string[] = [];
    const ids = new Map([...pages].map(([url, html]) => [url, idsOf(parsePage(html))]));
    for (const [url, html] of pages) {
      for (const ref of referencesOf(parsePage(html))) {
        const target = new URL(ref, `https://press-archive.example${url}`);
        if (target.origin !== "https://press-archive.example") continue;
        const fragment = decodeURIComponent(target.hash.slice(1));
        const file = target.pathname;
        const isAsset = /\.(xml|json|csv|txt|css|js|png|svg|ico|woff2?)$/u.test(file);
        const exists = pages.has(file);
        if (isAsset) {
          try {
            readFileSync(path.join(outDir, decodeURIComponent(file)));
          } catch {
            broken.push(`${url} → ${ref}`);
          }
        } else if (!exists) broken.push(`${url} → ${ref}`);
        else if (fragment && !ids.get(file === "" ? url : file)?.has(fragment))
          broken.push(`${url} → ${ref} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("every quote, speaker and topic page is reachable from the home page in at most three clicks", () => {
    const depth = new Map<string, number>([["/", 0]]);
    let frontier = ["/"];
    for (let clicks = 1; clicks <= 3; clicks += 1) {
      const next: string[] = [];
      for (const url of frontier) {
        for (const ref of referencesOf(parsePage(pages.get(url) ?? ""))) {
          const target = new URL(ref, `https://press-archive.example${url}`);
          if (
            target.origin !== "https://press-archive.example" ||
            !pages.has(target.pathname) ||
            depth.has(target.pathname)
          )
            continue;
          depth.set(target.pathname, clicks);
          next.push(target.pathname);
        }
      }
      frontier = next;
    }
    const wanted = [
      ...quotes.map((q) => `/quotes/${q.id}/`),
      ...json<{ id: string }[]>("speakers").map((s) => `/speakers/${s.id}/`),
      ...json<{ id: string }[]>("topics").map((t) => `/topics/${t.id}/`),
    ];
    expect(wanted.filter((url) => !pages.has(url))).toEqual([]);
    expect(wanted.filter((url) => !depth.has(url))).toEqual([]);
  });

  test("content pages ship no JavaScript (only the search page does) and nothing from another origin", () => {
    for (const [url, html] of pages) {
      const tree = parsePage(html);
      const scripts = elements(tree, (n) => n.tagName === "script" && n.properties["type"] !== "application/ld+json");
      if (url !== "/search/") expect(scripts, `${url} has a script`).toEqual([]);
      for (const node of elements(tree, (n) => ["link", "img", "script", "iframe"].includes(n.tagName))) {
        const ref = String(node.properties["href"] ?? node.properties["src"] ?? "");
        const rel = String(node.properties["rel"] ?? "");
        if (rel.includes("canonical") || rel.includes("alternate") || rel.includes("sitemap")) continue;
        expect(ref.startsWith("http") || ref.startsWith("//"), `${url} loads ${ref}`).toBe(false);
      }
    }
  });

  test("pages carry canonical URLs, Open Graph tags and the JSON-LD types they describe", () => {
    const ldTypes = (url: string): string[] =>
      elements(
        parsePage(pages.get(url) ?? ""),
        (n) => n.tagName === "script" && n.properties["type"] === "application/ld+json",
      ).map(
        (n) =>
          (JSON.parse(String((n.children[0] as { value?: string } | undefined)?.value ?? "{}")) as { "@type": string })[
            "@type"
          ],
      );
    const article = json<{ id: string }[]>("articles")[1]!.id;
    const speaker = json<{ id: string }[]>("speakers")[0]!.id;
    expect(ldTypes(`/articles/${article}/`)).toEqual(["NewsArticle", "BreadcrumbList"]);
    expect(ldTypes(`/quotes/${firstQuote().id}/`)).toEqual(["Quotation", "BreadcrumbList"]);
    expect(ldTypes(`/speakers/${speaker}/`)).toEqual(["Person", "BreadcrumbList"]);
    const html = pages.get(`/articles/${article}/`) ?? "";
    expect(html).toContain(`<link rel="canonical" href="https://press-archive.example/articles/${article}/">`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/u);
  });

  test("feeds, sitemap and robots.txt are written", () => {
    const read = (file: string): string => readFileSync(path.join(outDir, file), "utf8");
    const speaker = json<{ id: string }[]>("speakers")[0]!.id;
    const topic = json<{ id: string }[]>("topics")[0]!.id;
    expect(read("rss.xml")).toContain("<title>이용섭 광주시장, 혁신추진위 시정혁신 추진상황 보고회 주재</title>");
    expect(read(`speakers/${speaker}/rss.xml`)).toContain("<item>");
    expect(read(`topics/${topic}/rss.xml`)).toContain("<rss");
    expect(read("sitemap-0.xml")).toContain(`https://press-archive.example/quotes/${firstQuote().id}/`);
    expect(read("robots.txt")).toContain("Sitemap: https://press-archive.example/sitemap-index.xml");
  });
});
