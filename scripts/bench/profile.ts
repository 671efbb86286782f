// `npx tsx scripts/bench/profile.ts [--count 10000] [--seed 42]`: where a cold build's time goes.
// Times loadArchive (read + buildArchive) alone, then runs a cold `astro build` under
// `node --cpu-prof` and prints the phase split from Astro's log, self time by package and by
// function, and the inclusive time of our main functions. Writes profile-<count>.json beside results.json.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { readArchiveSources } from "../../src/io/readArchiveSources.ts";
import { summariseBuildLog } from "./buildLog.ts";
import { codeVersion } from "./codeVersion.ts";
import { ensureCorpus } from "./corpus.ts";
import { summariseProfiles } from "./cpuProfile.ts";
import { clearBuild } from "./floor.ts";
import { measureBuild } from "./measureBuild.ts";
import { BENCH_ROOT, PROJECT_ROOT } from "./paths.ts";
import { progress } from "./progress.ts";
import { formatSplit, megabytes, seconds } from "./report.ts";

const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, seed: { type: "string", default: "42" } },
  strict: true,
});
const count = Number(values.count);
const seed = Number(values.seed);

/** Functions whose inclusive (on-CPU, synchronous part) time is reported. */
const WATCH = [
  "readArchiveSources",
  "buildArchive",
  "parseArticle",
  "extractQuotes",
  "applyOverrides",
  "renderHtml",
  "linkPolicies",
  "#doSync",
  "parseData",
  "writeToDisk",
  "dataToEsm",
  "buildSiteIndex",
  "buildSiteSearch",
  "buildSearchIndex",
  "indexAsFiles",
  "exportRecords",
  "toCsv",
  "generatePath",
  "renderPage",
];

const code = codeVersion();
progress(
  `code: commit ${code.commit}${code.changedSources.length ? `, uncommitted: ${code.changedSources.join(" ")}` : ""}`,
);
const corpus = ensureCorpus(count, seed);
progress(`${count}: loadArchive alone (readArchiveSources + buildArchive)`);
const t0 = performance.now();
const sources = readArchiveSources(corpus.dir);
const t1 = performance.now();
const archive = buildArchive(sources);
const t2 = performance.now();
const alone = {
  readSeconds: (t1 - t0) / 1000,
  buildArchiveSeconds: (t2 - t1) / 1000,
  articles: archive.articles.length,
  quotes: archive.quotes.length,
  policies: archive.policies.length,
  warnings: archive.warnings.length,
  htmlBytes: archive.articles.reduce((sum, a) => sum + Buffer.byteLength(a.html), 0),
};
progress(
  `read ${seconds(alone.readSeconds)}, buildArchive ${seconds(alone.buildArchiveSeconds)} ` +
    `(${alone.quotes} quotes, ${alone.policies} policy items, ${alone.warnings} warnings, article HTML ${megabytes(alone.htmlBytes)})`,
);

const root = path.join(BENCH_ROOT, `profile-${count}`);
const folders = {
  outDir: path.join(root, "dist"),
  cacheDir: path.join(root, "cache"),
  logFile: path.join(root, "build.log"),
};
const profileDir = path.join(root, "cpuprofile");
clearBuild(folders);
rmSync(profileDir, { recursive: true, force: true });
progress(`${count}: cold build under --cpu-prof`);
const build = await measureBuild({
  cwd: PROJECT_ROOT,
  env: {
    ARCHIVE_CONTENT_DIR: corpus.dir,
    ARCHIVE_OUT_DIR: folders.outDir,
    ARCHIVE_CACHE_DIR: folders.cacheDir,
  },
  nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=2000"],
  outDir: folders.outDir,
  logFile: folders.logFile,
});
progress(`${count}: profiled build ${seconds(build.seconds)}, peak ${megabytes(build.peakBytes)}; summarising`);
const profiles = readdirSync(profileDir)
  .filter((f) => f.endsWith(".cpuprofile"))
  .map((f) => path.join(profileDir, f));
const summary = summariseProfiles(profiles, PROJECT_ROOT, WATCH);
const log = summariseBuildLog(readFileSync(folders.logFile, "utf8"));
const dataStore = path.join(folders.cacheDir, "data-store.json");
let dataStoreBytes = 0;
try {
  dataStoreBytes = readFileSync(dataStore).length;
} catch {
  // no data store written
}

const ms = (n: number): string => `${(n / 1000).toFixed(1)} s`.padStart(9);
const out = [
  `loadArchive alone: read ${seconds(alone.readSeconds)}, buildArchive ${seconds(alone.buildArchiveSeconds)}`,
  `content layer data store (cache/data-store.json): ${megabytes(dataStoreBytes)}`,
  "",
  formatSplit(`${count} cold build under --cpu-prof`, log, build.seconds),
  `CPU profile: ${profiles.length} file(s), ${ms(summary.totalMs).trim()} sampled`,
  "self time by package / kind of code:",
  ...summary.categories.slice(0, 15).map((c) => `  ${ms(c.ms)}  ${c.category}`),
  "top 25 functions by self time:",
  ...summary.self.slice(0, 25).map((f) => `  ${ms(f.ms)}  ${f.functionName}  ${f.file}:${f.line}  [${f.category}]`),
  "inclusive on-CPU time of named functions (synchronous parts; async callers miss awaited work):",
  ...summary.inclusive.map((f) => `  ${ms(f.ms)}  ${f.functionName}`),
];
process.stdout.write(`${out.join("\n")}\n`);
const file = path.join(BENCH_ROOT, `profile-${count}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ count, seed, code, alone, build, log, dataStoreBytes, profile: { ...summary, self: summary.self.slice(0, 200) } }, null, 2)}\n`,
);
progress(`wrote ${path.relative(PROJECT_ROOT, file)}`);
