// `npx tsx scripts/bench/searchOnly.ts [--count 10000] [--fresh 20] [--reuse-index] [--site DIR]`:
// the search part of `npm run bench` without an Astro build. Writes the current code's search index
// and search page script into a small copy of a built site (its search page, CSS, 404) under
// tests/.artifacts/search-helper/, then times the benchmark's queries there in headless Chromium.
// With --site, times an already built site folder as it is instead.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { orderCollections } from "../../src/lib/archive/order.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import { indexAsFiles } from "../../src/lib/search/store.ts";
import { buildSiteIndex } from "../../src/lib/site/siteIndex.ts";
import { BENCH_ROOT, PROJECT_ROOT, siteFolders } from "./paths.ts";
import { benchQueries } from "./queries.ts";
import { benchSearch } from "./searchBench.ts";
import { quantile } from "./stats.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    fresh: { type: "string", default: "20" },
    seed: { type: "string", default: "42" },
    "reuse-index": { type: "boolean", default: false },
    site: { type: "string" },
    /** Keep the page script readable (for a CPU profile). */
    "no-minify": { type: "boolean", default: false },
  },
  strict: true,
});
const count = Number(values.count);
const root = path.join(PROJECT_ROOT, "tests/.artifacts/search-helper");
const sourceCache = path.join(root, `source-${count}.json`);
const site = values.site ? path.resolve(values.site) : path.join(root, `site-${count}`);
const built = siteFolders(count).outDir;
const started = performance.now();
const since = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** What `buildSiteSearch` reads, cached as JSON (loading the archive takes ~25 s at 10k). */
type Source = Parameters<typeof buildSiteSearch>[0];
function source(): Source {
  if (existsSync(sourceCache)) return JSON.parse(readFileSync(sourceCache, "utf8")) as Source;
  const archive = loadArchive(path.join(BENCH_ROOT, `content-${count}`));
  const data = buildSiteIndex(orderCollections(archive));
  const picked: Source = {
    articles: data.articles.map((a) => {
      const { html: _html, body: _body, ...rest } = a as typeof a & { html?: unknown; body?: unknown };
      return rest;
    }),
    quotes: data.quotes,
    policies: data.policies,
    speakers: data.speakers,
    topics: data.topics,
  };
  mkdirSync(root, { recursive: true });
  writeFileSync(sourceCache, JSON.stringify(picked));
  return picked;
}

// The page: the built site's search page, CSS and 404; its script rebuilt from the current code.
if (!values.site) await prepareSite();
async function prepareSite(): Promise<void> {
  mkdirSync(path.join(site, "search"), { recursive: true });
  cpSync(path.join(built, "404.html"), path.join(site, "404.html"));
  cpSync(path.join(built, "_astro"), path.join(site, "_astro"), { recursive: true });
  const html = readFileSync(path.join(built, "search/index.html"), "utf8");
  writeFileSync(path.join(site, "search/index.html"), html);
  const script = /<script type="module" src="(\/_astro\/[^"]+\.js)"/u.exec(html)?.[1];
  if (!script) throw new Error("the built search page loads no /_astro/ script");
  await build({
    stdin: {
      contents: 'import { startSearchPage } from "./src/site/search/page.ts"; startSearchPage();',
      resolveDir: PROJECT_ROOT,
      loader: "ts",
    },
    bundle: true,
    minify: !values["no-minify"],
    format: "esm",
    target: "es2022",
    outfile: path.join(site, script),
    allowOverwrite: true,
    logLevel: "warning",
  });

  if (!values["reuse-index"]) {
    const data = source();
    console.log(`source loaded (${since()})`);
    const t0 = performance.now();
    const files = indexAsFiles(buildSiteSearch(data));
    console.log(`index built: ${files.size} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const dir = path.join(site, "search/index");
    rmSync(dir, { recursive: true, force: true });
    let bytes = 0;
    for (const [file, text] of files) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      bytes += Buffer.byteLength(text);
    }
    console.log(`index written: ${(bytes / 1024 ** 2).toFixed(1)} MB (${since()})`);
  }
}

const quotes = JSON.parse(readFileSync(path.join(built, "data/quotes.json"), "utf8")) as { text: string }[];
const queries = benchQueries(
  quotes.map((q) => q.text),
  Number(values.seed),
);
const result = await benchSearch(site, queries, Number(values.fresh), (m) => console.log(`${m} (${since()})`));
const ms = (n: number): string => `${n.toFixed(1)} ms`;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  repeat p50 ${ms(result.repeatP50)}  p95 ${ms(result.repeatP95)}`,
);
console.log(
  `first query gzip median ${kb(result.firstQueryGzipMedian)} max ${kb(result.firstQueryGzipMax)}; page JS ${kb(result.searchPageJsGzip)}; failed ${result.failed}`,
);
const noHits = (status: string): boolean => status.includes("없습니다") || / 0건$/u.test(status);
const kinds = [...new Set(queries.map((q) => q.kind))];
for (const kind of kinds) {
  const mine = result.queries.filter((q) => q.kind === kind);
  const times = mine.map((q) => q.ms);
  console.log(
    `${kind.padEnd(10)} ${String(mine.filter((q) => !noHits(q.status)).length).padStart(2)}/${mine.length} with hits  p50 ${ms(quantile(times, 0.5))}  max ${ms(Math.max(...times))}`,
  );
}
const slow = [...result.queries].sort((a, b) => b.ms - a.ms).slice(0, 12);
console.log(`slowest: ${slow.map((q) => `${q.q} ${q.ms.toFixed(0)}`).join(", ")}`);
console.log(
  `no hits: ${result.queries
    .filter((q) => noHits(q.status))
    .map((q) => `${q.kind}:${q.q}`)
    .join(", ")}`,
);
console.log(
  `first queries: ${result.firstQueries.map((f) => `${f.q} ${f.ms.toFixed(0)}ms ${kb(f.gzipBytes)}/${f.files.length}`).join("; ")}`,
);
writeFileSync(path.join(root, `result-${count}.json`), JSON.stringify(result, null, 1));
console.log(`done (${since()})`);
