// `npm run bench [-- --quick] [-- --seed 42]`: builds generated archives of 1,000 and 10,000
// articles (200 and 1,000 with --quick) cold, a bare Astro floor of as many pages, a warm rebuild
// after one edit, and times search in headless Chromium; prints one table with the targets and
// writes it as JSON to tests/.artifacts/bench/results.json.
import { cpus, loadavg } from "node:os";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { summariseBuildLog, type BuildLogSummary } from "./buildLog.ts";
import { codeVersion } from "./codeVersion.ts";
import { ensureCorpus } from "./corpus.ts";
import { editOneArticle } from "./editArticle.ts";
import {
  clearBuild,
  emptyTrashInBackground,
  waitForBackgroundDeletion,
  waitForEarlierDeletions,
} from "./clearBuild.ts";
import { writeFloorProject } from "./floor.ts";
import { measureBuild, SAFE_BUILD_SCRIPT, type BuildMeasurement } from "./measureBuild.ts";
import { contentJs } from "./pageJs.ts";
import { BENCH_ROOT, PROJECT_ROOT, siteFolders, type BuildFolders } from "./paths.ts";
import { elapsedSeconds, progress } from "./progress.ts";
import { benchQueries } from "./queries.ts";
import { checked, formatSplit, formatTable, info, kilobytes, megabytes, millis, seconds, type Line } from "./report.ts";
import { benchSearch } from "./searchBench.ts";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, seed: { type: "string", default: "42" } },
  strict: true,
});
const seed = Number(values.seed);
const sizes = values.quick ? [200, 1_000] : [1_000, 10_000];
const FRESH_PAGES = 20;
const TARGET = {
  floorRatio: 1.5,
  peakBytes: 2.5 * 1024 ** 3,
  warmRatio: 0.5,
  p95: 50,
  firstQueryBytes: 150 * 1024,
  searchJsBytes: 30 * 1024,
  benchSeconds: 15 * 60,
};

/** A build of our site as `npm run build` runs it (cold when its folders were cleared first). */
async function siteBuild(contentDir: string, folders: BuildFolders): Promise<BuildMeasurement> {
  return measureBuild({
    cwd: PROJECT_ROOT,
    script: SAFE_BUILD_SCRIPT,
    env: { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: folders.outDir, ARCHIVE_CACHE_DIR: folders.cacheDir },
    outDir: folders.outDir,
    logFile: folders.logFile,
  });
}

/** A build's CPU time, e.g. `110 + 46 s`. */
const cpuTime = (m: BuildMeasurement): string => `${m.cpu.user.toFixed(0)} + ${m.cpu.system.toFixed(0)} s`;

/** The 1-minute load average: other work on the machine skews every figure. */
const load = (): string => (loadavg()[0] ?? 0).toFixed(2);
const loadAtStart = load();
const code = codeVersion();

interface SizeResult {
  count: number;
  corpusReused: boolean;
  cold: BuildMeasurement;
  coldLog: BuildLogSummary;
  floor: BuildMeasurement;
  msPerPage: number;
  floorMsPerPage: number;
  floorRatio: number;
}

mkdirSync(BENCH_ROOT, { recursive: true });
progress(
  `code: commit ${code.commit}${code.changedSources.length ? `, uncommitted: ${code.changedSources.join(" ")}` : ""}`,
);
progress(
  `benchmark: ${sizes.join(" and ")} articles, seed ${seed}, ${cpus().length} CPUs, node ${process.version}, load ${load()}`,
);
const waitedFor = await waitForEarlierDeletions(() =>
  progress("waiting for an earlier run's build folders to be deleted (it loads the disk)"),
);
if (waitedFor > 0) progress("the earlier run's build folders are deleted: measuring");
const results: SizeResult[] = [];
for (const count of sizes) {
  progress(`${count}: content folder`);
  const corpus = ensureCorpus(count, seed);
  progress(`${count}: content folder ${corpus.reused ? "reused" : "generated"}: ${corpus.dir}`);
  const folders = siteFolders(count);
  clearBuild(folders);
  progress(`${count}: cold build`);
  const cold = await siteBuild(corpus.dir, folders);
  progress(`${count}: cold build ${seconds(cold.seconds)}, ${cold.htmlPages} pages, peak ${megabytes(cold.peakBytes)}`);
  const floorProject = writeFloorProject(cold.htmlPages);
  clearBuild(floorProject.folders);
  progress(`${count}: floor build of ${cold.htmlPages} trivial pages`);
  const floor = await measureBuild({
    cwd: floorProject.root,
    env: floorProject.env,
    outDir: floorProject.folders.outDir,
    logFile: floorProject.folders.logFile,
  });
  progress(`${count}: floor build ${seconds(floor.seconds)}`);
  const msPerPage = (cold.seconds * 1000) / cold.htmlPages;
  const floorMsPerPage = (floor.seconds * 1000) / floor.htmlPages;
  results.push({
    count,
    corpusReused: corpus.reused,
    cold,
    coldLog: summariseBuildLog(readFileSync(folders.logFile, "utf8")),
    floor,
    msPerPage,
    floorMsPerPage,
    floorRatio: msPerPage / floorMsPerPage,
  });
}

const large = results.at(-1) as SizeResult;
const largeFolders = siteFolders(large.count);
progress(`${large.count}: warm rebuild after editing one article`);
const edit = editOneArticle(path.join(BENCH_ROOT, `content-${large.count}`), large.count, seed);
let warm: BuildMeasurement;
try {
  warm = await siteBuild(path.join(BENCH_ROOT, `content-${large.count}`), {
    ...largeFolders,
    logFile: largeFolders.logFile.replace(/\.log$/u, ".warm.log"),
  });
} finally {
  edit.restore();
}
const warmLog = summariseBuildLog(readFileSync(largeFolders.logFile.replace(/\.log$/u, ".warm.log"), "utf8"));
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
const loadAtEnd = load();

const lines: Line[] = [];
for (const r of results) {
  const n = r.count.toLocaleString("en");
  lines.push(
    info(
      `${n}: cold build`,
      `${seconds(r.cold.seconds)}, ${r.cold.htmlPages} HTML pages, ${r.cold.pagesPerSecond.toFixed(0)} pages/s`,
    ),
    info(
      `${n}: floor (bare Astro, same pages)`,
      `${seconds(r.floor.seconds)}, ${r.floor.pagesPerSecond.toFixed(0)} pages/s, peak ${megabytes(r.floor.peakBytes)}`,
    ),
    info(
      `${n}: CPU user + system, ours / floor`,
      `${cpuTime(r.cold)} / ${cpuTime(r.floor)}; user ${(r.cold.cpu.user / r.floor.cpu.user).toFixed(2)}×`,
    ),
  );
  const perPage = `${r.msPerPage.toFixed(2)} ms/page vs ${r.floorMsPerPage.toFixed(2)} = ${r.floorRatio.toFixed(2)}×`;
  const peak = megabytes(r.cold.peakBytes);
  if (r === large) {
    lines.push(
      checked(
        `${n}: cold time per page / floor`,
        perPage,
        `≤ ${TARGET.floorRatio}×`,
        r.floorRatio <= TARGET.floorRatio,
      ),
      checked(
        `${n}: cold peak memory (process tree)`,
        peak,
        `< ${megabytes(TARGET.peakBytes)}`,
        r.cold.peakBytes < TARGET.peakBytes,
      ),
    );
  } else
    lines.push(info(`${n}: cold time per page / floor`, perPage), info(`${n}: cold peak memory (process tree)`, peak));
}
const n = large.count.toLocaleString("en");
const warmRatio = warm.seconds / large.cold.seconds;
lines.push(
  checked(
    `${n}: warm rebuild (1 article edited) / cold`,
    `${seconds(warm.seconds)} = ${warmRatio.toFixed(2)}×`,
    `< ${TARGET.warmRatio}×`,
    warmRatio < TARGET.warmRatio,
  ),
  info(`${n}: warm rebuild peak memory; CPU user + system`, `${megabytes(warm.peakBytes)}; ${cpuTime(warm)}`),
  info(`${n}: search p50 (${search.queries.length} queries, one page)`, millis(search.p50)),
  checked(`${n}: search p95`, millis(search.p95), `< ${TARGET.p95} ms`, search.p95 < TARGET.p95),
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
    `< ${kilobytes(TARGET.firstQueryBytes)}`,
    search.firstQueryGzipMax < TARGET.firstQueryBytes,
  ),
  checked(
    `search page JS before its index (gzip)`,
    kilobytes(search.searchPageJsGzip),
    `< ${kilobytes(TARGET.searchJsBytes)}`,
    search.searchPageJsGzip < TARGET.searchJsBytes,
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
    `benchmark wall time${values.quick ? " (--quick)" : ""}`,
    seconds(benchSeconds),
    `< ${seconds(TARGET.benchSeconds)}`,
    benchSeconds < TARGET.benchSeconds,
  ),
);

const table = formatTable(lines);
const split = [
  formatSplit(`${n} cold build: where the time went (from Astro's log)`, large.coldLog, large.cold.seconds),
  formatSplit(`${n} warm rebuild: where the time went`, warmLog, warm.seconds),
].join("\n");
process.stdout.write(
  `\n${table}(1-minute load average: ${loadAtStart} at start, ${loadAtEnd} at end, on ${cpus().length} CPUs; commit ${code.commit}${code.changedSources.length ? " + uncommitted changes" : ""})\n\n${split}`,
);
const resultsFile = path.join(BENCH_ROOT, "results.json");
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      quick: values.quick,
      seed,
      node: process.version,
      cpus: cpus().length,
      code,
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      lines,
      sizes: results,
      warm: { ...warm, ratio: warmRatio, editedFile: path.relative(PROJECT_ROOT, edit.file), log: warmLog },
      search,
      contentJs: content,
      benchSeconds,
    },
    null,
    2,
  )}\n`,
);
progress(`wrote ${path.relative(PROJECT_ROOT, resultsFile)}`);
if (emptyTrashInBackground())
  progress("deleting the previous build folders in the background (tests/.artifacts/bench/trash-*)");
