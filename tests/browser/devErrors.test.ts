import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { scratchDir } from "../support/astroBuild.ts";
import { launchChromium } from "../support/browser.ts";
import { startDevServer, waitFor as waitForServer, type DevServer } from "../support/devServer.ts";

// `astro dev` on a copy of the shipped archive, on a free port of 127.0.0.1, read by Chromium while
// an article is broken and then fixed: the archive stays browsable from its last good content with
// a banner naming the error, and once it is fixed no tab (a new one included) shows the old error.
const ARTICLE = "articles/2019/2019-10-02-innovation-committee-report.md";
let contentDir = "";
let origin = "";
let dev: DevServer;
let browser: Browser;
/** Retries `check` until it holds, naming `what` and what the dev server printed if it never does. */
const waitFor = (what: string, check: () => Promise<boolean>): Promise<void> => waitForServer(what, check, dev.output);

beforeAll(async () => {
  contentDir = path.join(scratchDir("dev-errors"), "content");
  cpSync(path.resolve("content"), contentDir, { recursive: true });
  dev = await startDevServer({ contentDir, cacheDir: path.join(scratchDir("dev-errors-cache"), "cache") });
  origin = dev.origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
});

/** A new tab on a page; it waits a moment for a late error overlay (the dev client's web socket). */
async function openTab(url: string): Promise<{ page: Page; status: number | undefined }> {
  const page = await browser.newPage();
  const response = await page.goto(origin + url);
  await page.waitForTimeout(1_000);
  return { page, status: response?.status() };
}

const bannerText = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector(".dev-banner")?.textContent?.replace(/\s+/gu, " ") ?? null);
const overlay = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.querySelector("vite-error-overlay") !== null);

describe("astro dev with a content error", () => {
  const good = () => readFileSync(path.join(contentDir, ARTICLE), "utf8");
  let original = "";

  test("a good archive: pages render, no banner", async () => {
    original = good();
    const { page, status } = await openTab("/");
    expect(status).toBe(200);
    expect(await bannerText(page)).toBeNull();
    await page.close();
  });

  test("an article breaks: / and the other pages still render, from the last good content, with a banner naming file, line and fix", async () => {
    const line = original.split("\n").findIndex((text) => text.startsWith("published:")) + 1;
    writeFileSync(path.join(contentDir, ARTICLE), original.replace(/^published: .*$/mu, "published: 2019-13-45"));
    // Asked first without a tab open, as an editor's browser may be: the old server then sent its
    // error to no one, and Vite kept it for the next tab that connected.
    await waitFor("the error to be seen", async () =>
      (await (await fetch(`${origin}/`)).text()).includes('class="dev-banner"'),
    );
    for (const url of ["/", "/articles/2021-new-year-assembly/", "/articles/2019-10-02-innovation-committee-report/"]) {
      const { page, status } = await openTab(url);
      expect(status, url).toBe(200);
      const banner = await bannerText(page);
      expect(banner, url).toContain("콘텐츠 오류 1건");
      expect(banner, url).toContain(`${ARTICLE}:${line}`);
      expect(banner, url).toContain("month 13 does not exist");
      expect(banner, url).toContain("고치는 법: write the date and time with its offset");
      expect(await overlay(page), url).toBe(false);
      if (url === "/") expect(await page.locator("main").innerText()).toContain("혁신추진위 시정혁신 추진상황 보고회");
      await page.close();
    }
    expect(dev.output()).toContain("month 13 does not exist");
    const screenshots = path.resolve("tests/.artifacts/screenshots");
    mkdirSync(screenshots, { recursive: true });
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${origin}/`);
      await page.screenshot({ path: path.join(screenshots, `dev-error-banner-${width}.png`) });
      await page.close();
    }
  });

  test("fixed: the banner is gone, and a new tab shows no old error", async () => {
    writeFileSync(path.join(contentDir, ARTICLE), original);
    await waitFor(
      "the fix to be seen",
      async () => !(await (await fetch(`${origin}/`)).text()).includes('class="dev-banner"'),
    );
    const { page, status } = await openTab("/");
    expect(status).toBe(200);
    expect(await bannerText(page)).toBeNull();
    expect(await overlay(page)).toBe(false);
    await page.close();
    // Search is served from the same content: it finds the fixed archive's quotes.
    const search = await browser.newPage();
    const problems: string[] = [];
    search.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    search.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await search.goto(`${origin}/search/?q=${encodeURIComponent("청렴")}`);
    const found = await search
      .waitForFunction(() => /건/u.test(document.querySelector("#search-status")?.textContent ?? ""), undefined, {
        timeout: 60_000,
      })
      .then(() => true)
      .catch(() => false);
    const said = await search.locator("#search-status").innerText();
    expect(found, `search status "${said}"; ${problems.join("; ")}`).toBe(true);
    expect(said).toMatch(/^\d+건/u);
    expect(await overlay(search)).toBe(false);
    await search.close();
  });
});
