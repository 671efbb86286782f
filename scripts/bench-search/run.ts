// `npm run bench:search`: our sharded index + fuse.js against fuse.js alone, over synthetic archives
// of about 1k, 10k and 50k search records, in one run. Prints p50/p95 query latency and the bytes a
// first query loads (gzip), next to fuse.js alone over the same records.
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import { searchDocuments, type SearchDoc } from "../../src/lib/search/documents.ts";
import { runSearch } from "../../src/lib/search/runSearch.ts";
import { fetchStore, indexAsFiles } from "../../src/lib/search/store.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import { benchQueries, type BenchQuery } from "./queries.ts";

const SIZES = process.argv.includes("--quick") ? [1_000, 5_000] : [1_000, 10_000, 50_000];
const started = performance.now();
const log = (message: string): void =>
  void process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/** Builds an archive big enough for `records` search records and cuts it to whole articles. */
function archiveFor(records: number) {
  const synthetic = generateArchive({ count: Math.ceil(records / 6.5) + 20, seed: 42 });
  const archive = buildArchive({
    speakers: { path: "speakers.yaml", text: synthetic.speakersYaml },
    topics: { path: "topics.yaml", text: synthetic.topicsYaml },
    articles: synthetic.articles,
  });
  const kept: typeof archive.articles = [];
  let count = 0;
  for (const article of archive.articles) {
    const own = 1 + archive.quotes.filter((q) => q.article === article.id).length + article.policies.length;
    if (count + own > records) break;
    kept.push(article);
    count += own;
  }
  const ids = new Set(kept.map((a) => a.id));
  return {
    ...archive,
    articles: kept,
    quotes: archive.quotes.filter((q) => ids.has(q.article)),
    policies: archive.policies.filter((p) => ids.has(p.article)),
  };
}

async function measureOurs(archive: ReturnType<typeof archiveFor>, queries: BenchQuery[]) {
  const t0 = performance.now();
  const files = indexAsFiles(buildSiteSearch(archive));
  const buildMs = performance.now() - t0;
  const gzipped = new Map<string, number>();
  const gz = (path: string): number => {
    let size = gzipped.get(path);
    if (size === undefined) gzipped.set(path, (size = gzipSync(files.get(path) ?? "").length));
    return size;
  };
  const fetchText = async (url: string): Promise<string> => files.get(url) ?? "{}";
  // First query of a fresh page: what it loads.
  const firstBytes: number[] = [];
  for (const query of queries) {
    const loaded: string[] = [];
    await runSearch(
      fetchStore("", fetchText, (_b, path) => loaded.push(path)),
      { q: query.q },
    );
    firstBytes.push(loaded.reduce((sum, path) => sum + gz(path), 0));
  }
  // Latency with the files already fetched (network aside): the engine's own cost per query.
  const warm = fetchStore("", fetchText);
  for (const query of queries) await runSearch(warm, { q: query.q });
  const latencies: number[] = [];
  const hits: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    const result = await runSearch(warm, { q: query.q });
    latencies.push(performance.now() - t);
    hits.push(result.total);
  }
  const totalGzip = [...files.keys()].reduce((sum, path) => sum + gz(path), 0);
  return { buildMs, files: files.size, totalGzip, firstBytes, latencies, found: hits.filter((h) => h > 0).length };
}

/** fuse.js alone takes seconds a query at 50k records: past 20k records it runs every third query (a third as many samples). */
function measureFuse(docs: readonly SearchDoc[], all: BenchQuery[]) {
  const queries = docs.length > 20_000 ? all.filter((_q, i) => i % 3 === 0) : all;
  const t0 = performance.now();
  const fuse = new Fuse(docs, { keys: ["title", "text"], ignoreLocation: true, threshold: 0.4 });
  const buildMs = performance.now() - t0;
  const latencies: number[] = [];
  let found = 0;
  for (const query of queries) {
    const t = performance.now();
    found += fuse.search(query.q, { limit: 20 }).length > 0 ? 1 : 0;
    latencies.push(performance.now() - t);
  }
  return { buildMs, bytes: gzipSync(JSON.stringify(docs)).length, latencies, found, asked: queries.length };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const rows: string[][] = [];
for (const size of SIZES) {
  log(`generating and parsing an archive of ~${size} records`);
  const archive = archiveFor(size);
  const docs = searchDocuments(archive);
  const queries = benchQueries(docs);
  log(
    `${docs.length} records (${archive.articles.length} articles, ${archive.quotes.length} quotes, ${archive.policies.length} policies); ${queries.length} queries`,
  );
  const ours = await measureOurs(archive, queries);
  log(`ours: index built in ${ms(ours.buildMs)}, ${ours.files} files`);
  const fuse = measureFuse(docs, queries);
  log("fuse.js alone: done");
  const oursP95 = quantile(ours.latencies, 0.95);
  const fuseP95 = quantile(fuse.latencies, 0.95);
  rows.push(
    [
      `${docs.length}`,
      "ours (gram index + fuse.js)",
      ms(quantile(ours.latencies, 0.5)),
      ms(oursP95),
      kb(quantile(ours.firstBytes, 0.5)),
      kb(Math.max(...ours.firstBytes)),
      `${ours.found}/${queries.length}`,
      `${kb(ours.totalGzip)} in ${ours.files} files`,
    ],
    [
      `${docs.length}`,
      "fuse.js alone",
      ms(quantile(fuse.latencies, 0.5)),
      ms(fuseP95),
      kb(fuse.bytes),
      kb(fuse.bytes),
      `${fuse.found}/${fuse.asked}`,
      "one file",
    ],
    [
      `${docs.length}`,
      "ratio fuse/ours",
      `${(quantile(fuse.latencies, 0.5) / quantile(ours.latencies, 0.5)).toFixed(1)}×`,
      `${(fuseP95 / oursP95).toFixed(1)}×`,
      `${(fuse.bytes / quantile(ours.firstBytes, 0.5)).toFixed(1)}×`,
      "",
      "",
      "",
    ],
  );
}
const header = [
  "records",
  "engine",
  "p50",
  "p95",
  "first query (gzip, median)",
  "first query (max)",
  "queries with hits",
  "whole index",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
process.stdout.write(`${line(header)}\n${rows.map(line).join("\n")}\n`);
log(
  `done in ${((performance.now() - started) / 1000).toFixed(0)} s (Node ${process.version}; latency excludes network)`,
);
