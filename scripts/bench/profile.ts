// `npx tsx scripts/bench/profile.ts [--count 10000] [--seed 42] [--summarise-only]`: where a cold
// build's time goes. Times loadArchive (read + buildArchive) alone, then runs a cold `astro build`
// under `node --cpu-prof` and prints the phase split from Astro's log, the profile split over those
// phases, self time by package and by function, and the inclusive time of our main functions.
// Writes tests/.artifacts/bench/profile-<count>.json; --summarise-only redoes the summary from the
// last run's files without building again.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { readArchiveSources } from "../../src/io/readArchiveSources.ts";
import { summariseBuildLog, type BuildLogSummary } from "./buildLog.ts";
import { codeVersion } from "./codeVersion.ts";
import { ensureCorpus } from "./corpus.ts";
import { splitBySpan, summariseProfiles, type Span } from "./cpuProfile.ts";
import { clearBuild, emptyTrashInBackground } from "./clearBuild.ts";
import { measureBuild, type BuildMeasurement } from "./measureBuild.ts";
import { BENCH_ROOT, PROJECT_ROOT } from "./paths.ts";
import { progress } from "./progress.ts";
import { formatSplit, megabytes, seconds } from "./report.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    "summarise-only": { type: "boolean", default: false },
  },
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

const root = path.join(BENCH_ROOT, `profile-${count}`);
const folders = {
  outDir: path.join(root, "dist"),
  cacheDir: path.join(root, "cache"),
  logFile: path.join(root, "build.log"),
};
const profileDir = path.join(root, "cpuprofile");
const summaryFile = path.join(BENCH_ROOT, `profile-${count}.json`);

/** What was measured before summarising. */
interface Measured {
  code: ReturnType<typeof codeVersion>;
  alone: Record<string, number>;
  build: BuildMeasurement;
}

async function measure(): Promise<Measured> {
  const code = codeVersion();
  progress(
    `code: commit ${code.commit}${code.changedSources.length ? ` + uncommitted: ${code.changedSources.join(" ")}` : ""}`,
  );
  const corpus = await ensureCorpus(count, seed, progress);
  progress(`${count}: loadArchive alone (readArchiveSources + buildArchive)`);
  const t0 = performance.now();
  const sources = readArchiveSources(corpus.dir);
  const t1 = performance.now();
  const archive = buildArchive(sources);
  const t2 = performance.now();
  const alone = {
    readSeconds: (t1 - t0) / 1000,
    buildArchiveSeconds: (t2 - t1) / 1000,
    quotes: archive.quotes.length,
    policies: archive.policies.length,
    warnings: archive.warnings.length,
    htmlBytes: archive.articles.reduce((sum, a) => sum + Buffer.byteLength(a.html), 0),
  };
  progress(`read ${seconds(alone.readSeconds)}, buildArchive ${seconds(alone.buildArchiveSeconds)}`);
  clearBuild(folders);
  rmSync(profileDir, { recursive: true, force: true });
  progress(`${count}: cold build under --cpu-prof`);
  const build = await measureBuild({
    cwd: PROJECT_ROOT,
    env: { ARCHIVE_CONTENT_DIR: corpus.dir, ARCHIVE_OUT_DIR: folders.outDir, ARCHIVE_CACHE_DIR: folders.cacheDir },
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=2000"],
    outDir: folders.outDir,
    logFile: folders.logFile,
  });
  progress(`${count}: profiled build ${seconds(build.seconds)}, peak ${megabytes(build.peakBytes)}; summarising`);
  return { code, alone, build };
}

/**
 * The phases of the log as spans of the profiled process's life. Node names a profile after the
 * time its process started (`CPU.20261122.210838.<pid>…`, local time: UTC, as the build runs with
 * TZ=UTC), which lines it up with the log's clock to the second.
 */
function spansOf(profileFile: string, log: BuildLogSummary): Span[] {
  const started = /CPU\.\d{8}\.(\d\d)(\d\d)(\d\d)\./u.exec(path.basename(profileFile));
  if (!started) return [];
  const start = Number(started[1]) * 3600 + Number(started[2]) * 60 + Number(started[3]);
  const marks = log.marks.map((m) => ({ phase: m.phase as string, from: m.at - start }));
  const spans = [{ phase: "astro startup", from: 0 }, ...marks];
  return spans.map((s, i) => ({ ...s, to: spans[i + 1]?.from ?? Number.POSITIVE_INFINITY }));
}

const measured: Measured =
  values["summarise-only"] && existsSync(summaryFile)
    ? (JSON.parse(readFileSync(summaryFile, "utf8")) as Measured)
    : await measure();
const profiles = readdirSync(profileDir)
  .filter((f) => f.endsWith(".cpuprofile"))
  .map((f) => path.join(profileDir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size);
const summary = summariseProfiles(profiles, PROJECT_ROOT, WATCH);
const log = summariseBuildLog(readFileSync(folders.logFile, "utf8"));
const main = profiles[0];
const byPhase = main ? splitBySpan(main, PROJECT_ROOT, spansOf(main, log)) : [];
const dataStoreBytes = existsSync(path.join(folders.cacheDir, "data-store.json"))
  ? statSync(path.join(folders.cacheDir, "data-store.json")).size
  : 0;

const ms = (n: number): string => `${(n / 1000).toFixed(1)} s`.padStart(9);
const out = [
  `code: commit ${measured.code.commit}${measured.code.changedSources.length ? " + uncommitted changes" : ""}`,
  `loadArchive alone: read ${seconds(measured.alone["readSeconds"] ?? 0)}, buildArchive ${seconds(measured.alone["buildArchiveSeconds"] ?? 0)}`,
  `content layer data store (cache/data-store.json): ${megabytes(dataStoreBytes)}`,
  "",
  formatSplit(`${count} cold build under --cpu-prof`, log, measured.build.seconds),
  `CPU profile: ${profiles.length} file(s), ${ms(summary.totalMs).trim()} sampled`,
  "main process by phase (sampled time; self time of the top kinds of code):",
  ...byPhase.map(
    (p) =>
      `  ${ms(p.ms)}  ${p.phase.padEnd(22)} ${p.categories
        .slice(0, 5)
        .map((c) => `${c.category} ${(c.ms / 1000).toFixed(1)}`)
        .join(", ")}`,
  ),
  ...byPhase
    .filter((p) => p.ms >= 5000)
    .flatMap((p) => [
      `top functions of ${p.phase} (self time):`,
      ...p.functions.slice(0, 12).map((f) => `  ${ms(f.ms)}  ${f.name}`),
    ]),
  "self time by package / kind of code:",
  ...summary.categories.slice(0, 15).map((c) => `  ${ms(c.ms)}  ${c.category}`),
  "top 25 functions by self time:",
  ...summary.self.slice(0, 25).map((f) => `  ${ms(f.ms)}  ${f.functionName}  ${f.file}:${f.line}  [${f.category}]`),
  "inclusive on-CPU time of named functions (synchronous parts; async callers miss awaited work):",
  ...summary.inclusive.map((f) => `  ${ms(f.ms)}  ${f.functionName}`),
];
process.stdout.write(`${out.join("\n")}\n`);
writeFileSync(
  summaryFile,
  `${JSON.stringify(
    {
      count,
      seed,
      ...measured,
      log,
      dataStoreBytes,
      byPhase,
      profile: { ...summary, self: summary.self.slice(0, 200) },
    },
    null,
    2,
  )}\n`,
);
progress(`wrote ${path.relative(PROJECT_ROOT, summaryFile)}`);
if (emptyTrashInBackground())
  progress("deleting the previous build folders in the background (tests/.artifacts/bench/trash-*)");
