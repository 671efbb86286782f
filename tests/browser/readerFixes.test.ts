import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { astroBuild, scratchDir } from "../support/astroBuild.ts";
import { launchChromium } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

// What readers noticed (issue 22), each checked in a real build read by Debian's Chromium: the
// shipped archive plus one invented article whose title, quotes and headings hold the one-dot
// leader (U+2024) and closing marks before particles.
const ARTIFACTS = path.resolve("tests/.artifacts/screenshots");
const LEADER = "\u2024";
const ARTICLE = "2020-03-05-leader-dots";
const FIXTURE = `---
title: 광주시 경제${LEADER}산업 분야 “투명${LEADER}공정하게 해 달라”
published: 2020-03-05T10:00:00+09:00
outlet: 예시일보
reporter: 김예시
speakers: [lee-yong-seop]
topics: [economy-industry]
---

이용섭 광주시장은 5일 시청에서 열린 간부회의에서 “경제${LEADER}산업 분야의 채용과 계약을 투명${LEADER}공정하게 해 달라”고 당부했다.

## 경제${LEADER}산업 분야의 과제

이 시장은 이어 “주먹구구식 탁상행정이 되지 않도록 현장 중심의 소통행정을 강화해 달라”며 “현장에 답이 있다는 마음으로 시민의 삶을 바꾸는 정책을 만들어 달라”고 말했다.

그는 “청렴하지 않으면 공정할 수 없고 공정하지 않으면 시민들로부터 신뢰를 얻을 수 없다”라고 강조했다.
`;

let outDir = "";
let server: StaticServer;
let browser: Browser;
let quotes: { id: string; article: string; text: string; kind: string; speakerName: string | null }[];

beforeAll(async () => {
  const contentDir = path.join(scratchDir("reader-fixes"), "content");
  cpSync(path.resolve("content"), contentDir, { recursive: true });
  mkdirSync(path.join(contentDir, "articles/2020"), { recursive: true });
  writeFileSync(path.join(contentDir, `articles/2020/${ARTICLE}.md`), FIXTURE);
  const run = await astroBuild({ contentDir });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  outDir = run.outDir;
  quotes = JSON.parse(readFileSync(path.join(outDir, "data/quotes.json"), "utf8")) as typeof quotes;
  server = await serveStatic(outDir);
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const articleQuotes = () => quotes.filter((q) => q.article === ARTICLE);
const bodyQuote = () => articleQuotes().find((q) => q.kind === "body")!;

/** Opens a page at a width; `goto` waits for the load event. */
async function open(url: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const response = await page.goto(server.origin + url);
  expect(response?.status(), url).toBe(200);
  return page;
}

/** Screenshots of the viewport at the element, at 360 and 1280 px. */
async function screenshots(url: string, selector: string, name: string): Promise<void> {
  for (const width of [360, 1280]) {
    const page = await open(url, width);
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `reader-${name}-${width}.png`) });
    await page.close();
  }
}

/** The text a reader sees on a page (and its title), without the citation data to copy (BibTeX, CSL-JSON). */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = [...document.querySelectorAll<HTMLElement>("#cite-bibtex, #cite-csl")];
    for (const pre of data) pre.style.display = "none";
    const text = `${document.title}\n${document.body.innerText}`;
    for (const pre of data) pre.style.display = "";
    return text;
  });
}

describe("the one-dot leader (U+2024) is shown as a middle dot; the data keeps it", () => {
  test("data exports and the Markdown keep the text as published", () => {
    const articles = readFileSync(path.join(outDir, "data/articles.json"), "utf8");
    expect(articles).toContain(`경제${LEADER}산업`);
    expect(articleQuotes().some((q) => q.text.includes(LEADER))).toBe(true);
  });

  test.each([
    ["the article page (title, outline, body, quote list, citation)", `/articles/${ARTICLE}/`],
    ["a quote page", "quote"],
    ["the quote list", "/quotes/"],
    ["the home page", "/"],
    ["a policy page of the shipped archive", "/policies/smart-factory-investment/"],
    ["the policy list", "/policies/"],
  ])("%s shows · and no ․", async (_name, where) => {
    const url = where === "quote" ? `/quotes/${articleQuotes().find((q) => q.text.includes(LEADER))!.id}/` : where;
    const page = await open(url);
    const text = await visibleText(page);
    expect(text).not.toContain(LEADER);
    expect(text).toMatch(/경제·산업|투명·공정/u);
    await page.close();
  });

  test("search results show · in titles, quotes and snippets, and the page's dates (2020년 3월 5일)", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("투명공정")}`);
    await page.waitForSelector("#search-results li");
    const results = await page.locator("#search-results").innerText();
    expect(results).not.toContain(LEADER);
    expect(results).toContain("투명·공정");
    expect(results).toContain("2020년 3월 5일");
    expect(results).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    await page.close();
    await screenshots(`/search/?q=${encodeURIComponent("투명공정")}`, "#search-results li", "search-results");
  });
});

describe("quote lists: the · between speaker, article and date sits outside the links", () => {
  test.each(["/quotes/", "quote"])("%s", async (where) => {
    const url = where === "quote" ? `/quotes/${bodyQuote().id}/` : where;
    const page = await open(url);
    const found = await page.evaluate(() => {
      const separators: string[] = [];
      const insideLinks: string[] = [];
      for (const element of document.querySelectorAll(".quote-meta *")) {
        const content = getComputedStyle(element, "::before").content;
        if (content === "none" || content === "normal") continue;
        separators.push(content);
        if (element.closest("a")) insideLinks.push(`${element.tagName} ${element.textContent ?? ""}`);
      }
      return { separators: separators.length, insideLinks };
    });
    expect(found.separators).toBeGreaterThan(0);
    expect(found.insideLinks).toEqual([]);
    await page.close();
  });

  test("screenshots", () => screenshots("/quotes/", ".quote-meta", "quote-list"));
});

describe("the article page", () => {
  test("the contents box keeps its distance from the first paragraph", async () => {
    const page = await open(`/articles/2019-10-02-innovation-committee-report/`, 360);
    const gap = await page.evaluate(() => {
      const outline = document.querySelector(".outline")!.getBoundingClientRect();
      const first = document.querySelector(".article-body > *")!.getBoundingClientRect();
      return first.top - outline.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(16);
    await page.close();
    await screenshots(`/articles/2019-10-02-innovation-committee-report/`, ".outline", "outline");
  });

  test("at 360 px a closing quote mark stays on the line of the particle after it, at every column width", async () => {
    const page = await open(`/articles/${ARTICLE}/`, 360);
    const parted = await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>(".article-body")!;
      const pairs: { node: Text; at: number }[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = 0; at < node.data.length - 1; at++)
          if ("”’".includes(node.data[at]!) && /[가-힣]/u.test(node.data[at + 1]!)) pairs.push({ node, at });
      }
      const top = (node: Text, at: number): number => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getClientRects()[0]?.top ?? Number.NaN;
      };
      const found: string[] = [];
      // The page's own width, then every column width a phone's 360 px could give it.
      for (const width of ["", ...Array.from({ length: 121 }, (_, i) => `${200 + i}px`)]) {
        body.style.width = width;
        for (const { node, at } of pairs)
          if (top(node, at) !== top(node, at + 1)) found.push(`${width || "page"}: ${node.data.slice(at, at + 3)}`);
      }
      return { pairs: pairs.length, found };
    });
    expect(parted.pairs).toBeGreaterThanOrEqual(3);
    expect(parted.found).toEqual([]);
    await page.close();
  });

  test("copying a quote's sentence gives its characters and nothing invisible", async () => {
    const page = await open(`/articles/${ARTICLE}/`);
    const copied = await page.evaluate(() => {
      const paragraph = document.querySelector(".article-body p")!;
      const selection = window.getSelection()!;
      selection.selectAllChildren(paragraph);
      return selection.toString();
    });
    expect(copied).toContain("투명·공정하게 해 달라”고 당부했다.");
    expect(copied).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/u);
    await page.close();
  });

  test("a link to a quote's place lands on it with room above, not flush against the top edge", async () => {
    const quote = articleQuotes().filter((q) => q.kind === "body")[1]!;
    const page = await open(`/articles/${ARTICLE}/#${quote.id}`, 360);
    const top = await page.locator(`[id="${quote.id}"]`).evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(16);
    expect(top).toBeLessThan(80);
    await page.close();
  });

  test("lists its quotes (speaker, words, quote page, place in the text) and marks each in the body", async () => {
    const page = await open(`/articles/${ARTICLE}/`);
    const listed = await page.locator(".article-quotes li").evaluateAll((items) =>
      items.map((li) => ({
        speaker: li.querySelector(".aq-speaker")?.textContent ?? "",
        quotePage: li.querySelector<HTMLAnchorElement>("a.quote-text")?.getAttribute("href") ?? "",
        place: li.querySelector<HTMLAnchorElement>("a.aq-place")?.getAttribute("href") ?? null,
      })),
    );
    const expected = articleQuotes();
    expect(listed.map((item) => item.quotePage)).toEqual(expected.map((q) => `/quotes/${q.id}/`));
    expect(listed.map((item) => item.speaker)).toEqual(expected.map((q) => q.speakerName ?? "화자 미확인"));
    const bodyQuotes = expected.filter((q) => q.kind === "body");
    expect(bodyQuotes.length).toBeGreaterThanOrEqual(3);
    expect(listed.filter((item) => item.place !== null).map((item) => item.place)).toEqual(
      bodyQuotes.map((q) => `#${q.id}`),
    );
    for (const quote of bodyQuotes) {
      const mark = page.locator(`.article-body q.quote[id="${quote.id}"]`);
      expect(await mark.count(), quote.id).toBe(1);
      const background = await mark.evaluate((node) => getComputedStyle(node).backgroundColor);
      expect(background, `${quote.id} is marked`).not.toBe("rgba(0, 0, 0, 0)");
    }
    await page.locator(`.article-quotes a.aq-place[href="#${bodyQuotes[2]!.id}"]`).click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${bodyQuotes[2]!.id}`);
    const target = await page.locator(`[id="${bodyQuotes[2]!.id}"]`).evaluate((node) => {
      const box = node.getBoundingClientRect();
      return { top: box.top, targeted: node.matches(":target") };
    });
    expect(target.targeted).toBe(true);
    expect(target.top).toBeGreaterThanOrEqual(16);
    await page.close();
    await screenshots(`/articles/${ARTICLE}/`, ".article-body", "article-marks");
    await screenshots(`/articles/${ARTICLE}/`, ".article-quotes", "article-quote-list");
  });
});

describe("the favicon", () => {
  test("pages link an SVG icon; /favicon.ico and /favicon.svg are served", async () => {
    const page = await open("/");
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
    expect(icons).toContain("/favicon.svg");
    const ico = await page.request.get(`${server.origin}/favicon.ico`);
    expect(ico.status()).toBe(200);
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an icon file's header
    const svg = await page.request.get(`${server.origin}/favicon.svg`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/u);
    await page.close();
  });

  test("no request of any page type gets a 404 (the favicon's included)", async () => {
    const failed: string[] = [];
    const icons = new Set<string>();
    const page = await browser.newPage();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith("/favicon")) icons.add(`${response.status()} ${url.pathname}`);
      if (response.status() >= 400 && url.pathname !== "/no-such-page/")
        failed.push(`${response.status()} ${url.pathname}`);
    });
    const urls = [
      "/",
      `/articles/${ARTICLE}/`,
      `/quotes/${bodyQuote().id}/`,
      "/quotes/",
      "/speakers/lee-yong-seop/",
      "/topics/economy-industry/",
      "/policies/smart-factory-investment/",
      "/archive/",
      `/search/?q=${encodeURIComponent("청렴")}`,
      "/no-such-page/",
    ];
    for (const url of urls) {
      await page.goto(server.origin + url, { waitUntil: "networkidle" });
      // A browser with a window asks for /favicon.ico when a page names no icon; headless
      // Chromium does not, so the page asks for it here.
      const status = await page.evaluate(() => fetch("/favicon.ico").then((response) => response.status));
      if (status >= 400) failed.push(`${status} /favicon.ico (from ${url})`);
    }
    expect(failed).toEqual([]);
    // The icon the pages name is what the browser fetched.
    expect([...icons]).toEqual(["200 /favicon.svg"]);
    await page.close();
  });
});
