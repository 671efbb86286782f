// The standard run (`npm run bench`, `-- --quick`): a row per archive size, then on the largest a
// warm rebuild after one edit, search in headless Chromium and the JavaScript pages ship.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { summariseBuildLog } from "./buildLog.ts";
import { waitForBackgroundDeletion } from "./clearBuild.ts";
import { editOneArticle } from "./editArticle.ts";
import type { BuildMeasurement } from "./measureBuild.ts";
import { resultsFileName, type BenchOptions } from "./options.ts";
import { contentJs } from "./pageJs.ts";
import { PROJECT_ROOT, siteFolders } from "./paths.ts";
import { elapsedSeconds, progress } from "./progress.ts";
import { benchQueries } from "./queries.ts";
import { checked, formatSplit, info, kilobytes, megabytes, millis, seconds, type Line } from "./report.ts";
import { benchSearch } from "./searchBench.ts";
import { finishBenchmark, startBenchmark } from "./session.ts";
import { siteBuild } from "./siteBuild.ts";
import { cpuTime, measureSize, sizeLines, type SizeResult } from "./sizeRow.ts";
import { BENCH_SECONDS, SEARCH_TARGET, STANDARD_TARGET } from "./targets.ts";

/** Fresh pages whose first query is measured. */
const FRESH_PAGES = 20;

/** Runs the standard benchmark and prints its table. */
export async function runStandard(options: BenchOptions): Promise<void> {
  const { seed } = options;
  const session = await startBenchmark(options, `${options.sizes.join(" and ")} articles`);
  const results: SizeResult[] = [];
  for (const count of options.sizes) results.push(await measureSize(count, seed, options.floorPages, progress));

  const large = results.at(-1) as SizeResult;
  const largeFolders = siteFolders(large.count);
  const warmFolders = { ...largeFolders, logFile: largeFolders.logFile.replace(/\.log$/u, ".warm.log") };
  progress(`${large.count}: warm rebuild after editing one article`);
  const edit = editOneArticle(large.contentDir, large.count, seed);
  let warm: BuildMeasurement;
  try {
    warm = await siteBuild(large.contentDir, warmFolders);
  } finally {
    edit.restore();
  }
  const warmLog = summariseBuildLog(readFileSync(warmFolders.logFile, "utf8"));
  progress(`${large.count}: warm rebuild ${seconds(warm.seconds)}`);
  progress(`${large.count}: waiting for the replaced site to be deleted (it loads the disk)`);
  await waitForBackgroundDeletion(largeFolders.cacheDir);

  progress(`${large.count}: search in headless Chromium`);
  const quotes = JSON.parse(readFileSync(path.join(largeFolders.outDir, "data/quotes.json"), "utf8")) as {
    text: string;
  }[];
  const queries = benchQueries(
    quotes.map((q) => q.text),
    seed,
  );
  const search = await benchSearch(largeFolders.outDir, queries, FRESH_PAGES, progress);
  progress(`${large.count}: search p50 ${millis(search.p50)}, p95 ${millis(search.p95)}`);
  const htmlFiles = readdirSync(largeFolders.outDir, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  );
  const content = contentJs(largeFolders.outDir, htmlFiles);
  const benchSeconds = elapsedSeconds();

  const lines: Line[] = results.flatMap((r) => sizeLines(r, r === large ? STANDARD_TARGET : null));
  const n = large.count.toLocaleString("en");
  const warmRatio = warm.seconds / large.cold.seconds;
  lines.push(
    checked(
      `${n}: warm rebuild after one article edited, wall`,
      `${seconds(warm.seconds)} (${warmRatio.toFixed(2)}× cold)`,
      `≤ ${seconds(STANDARD_TARGET.warmSeconds)}`,
      warm.seconds <= STANDARD_TARGET.warmSeconds,
    ),
    info(`${n}: warm rebuild peak memory; CPU user + system`, `${megabytes(warm.peakBytes)}; ${cpuTime(warm)}`),
    info(`${n}: search p50 (${search.queries.length} queries, one page)`, millis(search.p50)),
    checked(`${n}: search p95`, millis(search.p95), `< ${SEARCH_TARGET.p95} ms`, search.p95 < SEARCH_TARGET.p95),
    info(
      `${n}: same queries again, files already loaded: p50 / p95`,
      `${millis(search.repeatP50)} / ${millis(search.repeatP95)}`,
    ),
    info(`${n}: search queries that failed`, String(search.failed)),
    info(
      `${n}: first query loads, median (gzip, ${search.firstQueries.length} fresh pages)`,
      kilobytes(search.firstQueryGzipMedian),
    ),
    checked(
      `${n}: first query loads, max (gzip)`,
      kilobytes(search.firstQueryGzipMax),
      `< ${kilobytes(SEARCH_TARGET.firstQueryBytes)}`,
      search.firstQueryGzipMax < SEARCH_TARGET.firstQueryBytes,
    ),
    checked(
      `search page JS before its index (gzip)`,
      kilobytes(search.searchPageJsGzip),
      `< ${kilobytes(SEARCH_TARGET.searchJsBytes)}`,
      search.searchPageJsGzip < SEARCH_TARGET.searchJsBytes,
    ),
    info(`search page, everything before its index (gzip)`, kilobytes(search.searchPageTotalGzip)),
    checked(
      `largest content page JS (gzip): ${content.largestPage}`,
      kilobytes(content.largestPageJsGzip),
      "0",
      content.largestPageJsGzip === 0,
    ),
    checked(
      `content pages shipping any JS`,
      `${content.pagesWithJs} of ${content.pagesChecked}`,
      "0",
      content.pagesWithJs === 0,
    ),
    checked(
      `benchmark wall time${options.quick ? " (--quick)" : ""}`,
      seconds(benchSeconds),
      `< ${seconds(BENCH_SECONDS)}`,
      benchSeconds < BENCH_SECONDS,
    ),
  );

  const split = [
    formatSplit(`${n} cold build: where the time went (from Astro's log)`, large.coldLog, large.cold.seconds),
    formatSplit(`${n} warm rebuild: where the time went`, warmLog, warm.seconds),
  ].join("\n");
  finishBenchmark(session, lines, split, resultsFileName(options), {
    quick: options.quick,
    seed,
    sizes: results,
    warm: {
      ...warm,
      ratio: warmRatio,
      editedFile: path.relative(PROJECT_ROOT, edit.file),
      log: warmLog,
    },
    search,
    contentJs: content,
    benchSeconds,
  });
}
