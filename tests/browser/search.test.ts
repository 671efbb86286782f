import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { astroBuild } from "../support/astroBuild.ts";
import { launchChromium } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

// The search page of a real build, driven in Debian's Chromium like a reader would.
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const run = await astroBuild({ contentDir: path.resolve("content") });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  server = await serveStatic(run.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`${server.origin}/search/`);
  await page.fill("#q", query);
  await page.press("#q", "Enter");
  await page.waitForFunction(() => !/찾는 중|^$/u.test(document.getElementById("search-status")?.textContent ?? ""));
}

const firstResult = (page: Page) => page.locator("#search-results li").first();

describe("search in the browser", () => {
  test("a phrase from a quote lists that quote first, with the phrase marked", async () => {
    const page = await browser.newPage();
    await searchFor(page, "혁신의 성과는 시민들의 지지로부터");
    await expect(firstResult(page).locator("a").textContent()).resolves.toBe(
      "“혁신의 성과는 시민들의 지지로부터 나온다”",
    );
    await expect(firstResult(page).locator("mark").first().textContent()).resolves.toBe("혁신");
    await page.close();
  });

  test("an initial-consonant query finds its term", async () => {
    const page = await browser.newPage();
    await searchFor(page, "ㅊㄹㅎㅈ");
    const marks = await page.locator("#search-results mark").allTextContents();
    expect(marks).toContain("청렴행정");
    await page.close();
  });

  test("a query written with · finds text written with ․ (which results show as ·, as every page does)", async () => {
    const page = await browser.newPage();
    await searchFor(page, "경제·산업");
    const marks = await page.locator("#search-results mark").allTextContents();
    // The shipped text has 경제․산업 (U+2024) only: a mark reading 경제·산업 is a match of it.
    expect(marks).toContain("경제·산업");
    expect(marks.join("")).not.toContain("\u2024");
    await page.close();
  });

  test("a query containing markup runs nothing and is shown as text", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const markup = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
    await searchFor(page, markup);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator("#search-status").textContent()).toContain(markup);
    expect(await page.locator("#search-results img, #search-results script").count()).toBe(0);
    await page.close();
  });

  test("the search lives in the URL: shared links run it, filters are kept, Back restores", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("혁신")}&type=quote`);
    await page.waitForSelector("#search-results li");
    expect(await page.inputValue("#q")).toBe("혁신");
    expect(await page.inputValue("#type")).toBe("quote");
    const types = await page.locator("#search-results .hit-type").allTextContents();
    expect(new Set(types)).toEqual(new Set(["발언"]));
    await page.selectOption("#type", "article");
    await page.waitForFunction(() => location.search.includes("type=article"));
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#search-results .hit-type")].every((n) => n.textContent === "기사"),
    );
    await page.goBack();
    await page.waitForFunction(() => location.search.includes("type=quote"));
    expect(await page.inputValue("#type")).toBe("quote");
    await page.close();
  });

  test("works with the keyboard alone", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.focus("#q");
    await page.keyboard.type("스마트공장");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#search-results li a");
    // Tab through the filters to the first result and open it.
    for (
      let i = 0;
      i < 40 && !(await page.evaluate(() => document.activeElement?.closest("#search-results") !== null));
      i += 1
    ) {
      await page.keyboard.press("Tab");
    }
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
    expect(href).toMatch(/^\/(policies|quotes|articles)\//u);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press("Enter")]);
    await page.close();
  });

  test("with JavaScript off, the page says so and points elsewhere", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    expect(await page.locator("noscript").count()).toBe(1);
    expect(await page.textContent("body")).toContain("검색은 브라우저에서 JavaScript로 실행됩니다");
    await context.close();
  });

  test("the page loads no index until search is used, then only part of it", async () => {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/search/index/")) loaded.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState("networkidle");
    expect(loaded).toEqual([]);
    await page.fill("#q", "스마트공장");
    await page.press("#q", "Enter");
    await page.waitForSelector("#search-results li");
    expect(loaded).toContain("/search/index/meta.json");
    expect(loaded.some((url) => url.includes("/g/"))).toBe(true);
    await page.close();
  });
});
