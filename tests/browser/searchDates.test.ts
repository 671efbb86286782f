import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { astroBuild } from "../support/astroBuild.ts";
import { launchChromium } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";
import { contentWithUndated } from "../support/undatedContent.ts";

// The search page's date filter in Debian's Chromium, over a real build of the shipped archive (its
// 2021 article is known only by its year) plus one article of unknown year.
const SCREENSHOTS = path.resolve("tests/.artifacts/screenshots");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const run = await astroBuild({ contentDir: contentWithUndated() });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  server = await serveStatic(run.outDir);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(page: Page, search: string): Promise<string> {
  await page.goto(`${server.origin}/search/?${search}`);
  await page.waitForFunction(() => !/찾는 중|^$/u.test(document.getElementById("search-status")?.textContent ?? ""));
  return (await page.locator("#search-status").textContent()) ?? "";
}

describe("the search page's date filter", () => {
  test("청렴 in 2021 finds the article known only by its year; undated results come last, counted", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const status = await open(page, `q=${encodeURIComponent("청렴")}&from=2021-01-01&to=2021-12-31`);
    expect(status).toMatch(/^\d+건의 결과/u);
    expect(status).toContain("날짜 미상 1건: 기간 안인지 알 수 없어 맨 뒤에 둡니다");
    const metas = await page.locator("#search-results .hit-meta").allTextContents();
    expect(metas.length).toBeGreaterThan(1);
    expect(metas.slice(0, -1).every((meta) => meta.endsWith("2021년 (월·일 미상)"))).toBe(true);
    expect(metas.at(-1)).toBe("날짜 미상");
    expect(await page.inputValue("#from")).toBe("2021-01-01");
    // The rule is written on the page, next to the date fields it concerns.
    expect(await page.textContent("#date-filter-note")).toContain("날짜 미상인 것은 빼지 않고 맨 뒤에 두며");
    expect(await page.getAttribute("#from", "aria-describedby")).toBe("date-filter-note");
    await page.screenshot({ path: path.join(SCREENSHOTS, "search-dates-1280.png"), fullPage: true });
    await page.close();
  });

  test("an impossible date in a shared link is said so, naming the field, instead of an empty result", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const status = await open(page, `q=${encodeURIComponent("청렴")}&from=2024-13-01`);
    expect(status).toBe("시작일 2024-13-01: 달력에 없는 날짜입니다. 2021-01-01처럼 연-월-일로 적어 주세요.");
    expect(await page.locator("#search-results li").count()).toBe(0);
    expect(await page.getAttribute("#from", "aria-invalid")).toBe("true");
    await page.screenshot({ path: path.join(SCREENSHOTS, "search-dates-bad-360.png"), fullPage: true });
    await page.close();
  });

  test("a start after the end, chosen in the form, is said so; putting it right searches again", async () => {
    const page = await browser.newPage();
    await open(page, `q=${encodeURIComponent("청렴")}`);
    await page.fill("#from", "2022-01-01");
    await page.fill("#to", "2021-01-01");
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("늦습니다"));
    expect(await page.locator("#search-status").textContent()).toBe(
      "시작일(2022-01-01)이 종료일(2021-01-01)보다 늦습니다. 시작일에 더 이른 날짜를 넣어 주세요.",
    );
    expect(await page.locator("#search-results li").count()).toBe(0);
    await page.fill("#from", "2020-01-01");
    await page.waitForFunction(() => /건의 결과/u.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(await page.getAttribute("#from", "aria-invalid")).toBeNull();
    expect(await page.locator("#search-results li").count()).toBeGreaterThan(0);
    await page.close();
  });
});
