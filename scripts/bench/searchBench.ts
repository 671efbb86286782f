// The search page in headless Chromium: time from pressing Enter to results shown, for a fixed set
// of queries on one page; and what the first query of a fresh page loads (gzip bytes).
import { gzipSync } from "node:zlib";
import type { Browser, Page, Response } from "playwright-core";
import { launchChromium } from "../../tests/support/browser.ts";
import { serveStatic } from "../../tests/support/staticServer.ts";
import type { BenchQuery } from "./queries.ts";
import { maximum, quantile } from "./stats.ts";

/** One timed query. */
export interface TimedQuery extends BenchQuery {
  /** Milliseconds from the Enter keydown to the status line showing the outcome, measured in the page. */
  ms: number;
  /** The status line it ended with (`12건의 결과`, or an error). */
  status: string;
}

/** The first query of one fresh page. */
export interface FirstQuery {
  q: string;
  ms: number;
  /** Files it fetched and their gzip size. */
  files: { url: string; gzipBytes: number }[];
  gzipBytes: number;
}

/** Everything the search benchmark measured. */
export interface SearchBenchResult {
  queries: TimedQuery[];
  p50: number;
  p95: number;
  /** The same queries again on the same page, every file they need already loaded: compute alone. */
  repeatP50: number;
  repeatP95: number;
  /** Queries whose status line was an error. */
  failed: number;
  firstQueries: FirstQuery[];
  firstQueryGzipMedian: number;
  firstQueryGzipMax: number;
  /** Gzip size of the JavaScript the search page loads before any query (all its scripts). */
  searchPageJsGzip: number;
  /** Gzip size of everything the search page loads before any query (HTML, CSS, JS). */
  searchPageTotalGzip: number;
}

const SEARCHING = "찾는 중…";

/** Arms a timer in the page: starts at the Enter keydown on #q, stops when #search-status shows an outcome. */
async function armTimer(page: Page): Promise<void> {
  await page.evaluate((searching) => {
    const status = document.getElementById("search-status");
    const input = document.getElementById("q");
    if (!status || !input) throw new Error("the search page has no #q or #search-status");
    const holder = window as unknown as { benchDone?: Promise<[number, string]> };
    holder.benchDone = new Promise((resolve) => {
      let start = -1;
      input.addEventListener(
        "keydown",
        (event) => {
          if (event.key === "Enter") start = performance.now();
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        const text = status.textContent ?? "";
        if (start < 0 || text === "" || text === searching) return;
        observer.disconnect();
        resolve([performance.now() - start, text]);
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, SEARCHING);
}

/** Fills #q, presses Enter and waits for the outcome; returns in-page milliseconds and the status line. */
async function timeQuery(page: Page, q: string): Promise<[number, string]> {
  await armTimer(page);
  await page.fill("#q", q);
  await page.press("#q", "Enter");
  return page.evaluate(() => (window as unknown as { benchDone: Promise<[number, string]> }).benchDone);
}

const gzipSize = (body: Buffer): number => gzipSync(body).length;

/** Records the gzip size of every response a page receives while `during` runs. */
async function responsesDuring(
  page: Page,
  during: () => Promise<void>,
): Promise<{ url: string; type: string; gzipBytes: number }[]> {
  const pending: Promise<{ url: string; type: string; gzipBytes: number }>[] = [];
  const listener = (response: Response): void => {
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), type: response.request().resourceType(), gzipBytes: gzipSize(body) })),
    );
  };
  page.on("response", listener);
  try {
    await during();
  } finally {
    page.off("response", listener);
  }
  return Promise.all(pending);
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  return context.newPage();
}

/** Runs the search benchmark against a built site folder. */
export async function benchSearch(
  siteDir: string,
  queries: readonly BenchQuery[],
  freshPages: number,
  onProgress: (message: string) => void,
): Promise<SearchBenchResult> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const url = `${server.origin}/search/`;
    // The page itself, before any query: its scripts and everything else.
    const loadPage = await freshPage(browser);
    const loaded = await responsesDuring(loadPage, async () => {
      await loadPage.goto(url, { waitUntil: "networkidle" });
    });
    await loadPage.context().close();
    const searchPageJsGzip = loaded.filter((r) => r.type === "script").reduce((s, r) => s + r.gzipBytes, 0);
    const searchPageTotalGzip = loaded.reduce((s, r) => s + r.gzipBytes, 0);

    // First queries, each on a fresh page (own context: empty cache).
    const firstQueries: FirstQuery[] = [];
    for (const { q } of queries.slice(0, freshPages)) {
      const page = await freshPage(browser);
      await page.goto(url, { waitUntil: "networkidle" });
      let ms = 0;
      const files = await responsesDuring(page, async () => {
        [ms] = await timeQuery(page, q);
      });
      await page.context().close();
      const gzipBytes = files.reduce((s, f) => s + f.gzipBytes, 0);
      firstQueries.push({
        q,
        ms,
        gzipBytes,
        files: files.map(({ url: u, gzipBytes: g }) => ({ url: u, gzipBytes: g })),
      });
    }
    onProgress(`search: ${firstQueries.length} fresh pages done`);

    // Every query in turn on one page, as a reader searching several times.
    const page = await freshPage(browser);
    await page.goto(url, { waitUntil: "networkidle" });
    const timed: TimedQuery[] = [];
    for (const query of queries) {
      const [ms, status] = await timeQuery(page, query.q);
      timed.push({ ...query, ms, status });
    }
    const repeated: number[] = [];
    for (const query of queries) repeated.push((await timeQuery(page, query.q))[0]);
    await page.context().close();
    const times = timed.map((t) => t.ms);
    const sizes = firstQueries.map((f) => f.gzipBytes);
    return {
      queries: timed,
      p50: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      repeatP50: quantile(repeated, 0.5),
      repeatP95: quantile(repeated, 0.95),
      failed: timed.filter((t) => t.status.startsWith("검색 색인을 불러오지 못했습니다")).length,
      firstQueries,
      firstQueryGzipMedian: quantile(sizes, 0.5),
      firstQueryGzipMax: maximum(sizes),
      searchPageJsGzip,
      searchPageTotalGzip,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
