import type { Worker } from "node:worker_threads";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit, ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import type { ArchiveSources } from "../lib/archive/buildArchive.ts";
import { problem } from "../lib/errors.ts";
import { splitFrontMatter } from "../lib/frontmatter/splitFrontMatter.ts";
import {
  millisecondsSince,
  PROGRESS_INDEX,
  PROGRESS_SLOTS,
  PROGRESS_STARTED,
  type ParsedChunk,
  type ParseJob,
} from "./parseProgress.ts";
import { startTsWorker } from "./tsWorker.ts";

/**
 * Young generation of a parse worker, MB: parsing makes short-lived garbage (tokens, syntax trees),
 * and fewer scavenges cost less: checking the benchmark archive took less CPU time with this than
 * with V8's default (compared in repeated runs).
 */
const PARSE_YOUNG_GENERATION_MB = 96;

/** Below this many articles to parse, starting workers costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 400;

/**
 * How long one article's parse may take in a worker, ms. An article takes a few milliseconds; the
 * Markdown limits (src/lib/markdown/bodyLimits.ts) keep bodies from nesting or repeating syntax
 * the parser crawls over, and this stops whatever still would stall the build.
 */
export const DEFAULT_ARTICLE_BUDGET_MS = 10_000;

/** How {@link withParallelUnits} parses. */
export interface ParallelOptions {
  /** How long one article's parse may take, ms (default {@link DEFAULT_ARTICLE_BUDGET_MS}). */
  articleBudgetMs?: number | undefined;
  /** The fewest articles to parse for workers to be started (default 400); for tests. */
  minArticles?: number | undefined;
}

/** How one worker's run over a list of articles ended. */
type WorkerEnd =
  | { kind: "done" }
  /** Stopped after parsing article `index` of its list for longer than the budget. */
  | { kind: "timeout"; index: number }
  /** The worker failed (crashed, ran out of memory) while parsing article `index`. */
  | { kind: "failed"; index: number };

/** Whether a worker has already reported unit `index` of its list. */
type Received = (index: number, unit: ArticleUnit | null) => void;

/**
 * Parses `articles` in one worker, handing each unit to `received` as it comes, until the worker
 * finishes, overruns `budgetMs` on one article (it is then stopped) or fails while parsing one.
 * Rejects only when the worker fails before parsing any article (it could not start).
 */
function runWorker(
  sources: ArchiveSources,
  articles: SourceFile[],
  budgetMs: number,
  received: Received,
): Promise<WorkerEnd> {
  const progress = new SharedArrayBuffer(PROGRESS_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const slots = new Int32Array(progress);
  Atomics.store(slots, PROGRESS_INDEX, -1);
  const job: ParseJob = {
    speakers: sources.speakers,
    topics: sources.topics,
    articles,
    progress,
    origin: millisecondsSince(0),
    now: sources.now,
  };
  return new Promise((resolve, reject) => {
    const worker: Worker = startTsWorker(new URL("./parseWorker.ts", import.meta.url), job, {
      maxYoungGenerationSizeMb: PARSE_YOUNG_GENERATION_MB,
    });
    let left = articles.length;
    let settled = false;
    const finish = (end: WorkerEnd | Error): void => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      void worker.terminate();
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const current = (): number => Atomics.load(slots, PROGRESS_INDEX);
    // Checked a few times per budget: a stuck article is stopped within about 1.25 budgets.
    const watch = setInterval(
      () => {
        const index = current();
        if (index < 0) return;
        const elapsed = millisecondsSince(job.origin) - Atomics.load(slots, PROGRESS_STARTED);
        if (elapsed > budgetMs) finish({ kind: "timeout", index });
      },
      Math.max(5, Math.min(250, budgetMs / 4)),
    );
    worker.on("message", (chunk: ParsedChunk) => {
      chunk.units.forEach((unit, i) => received(chunk.from + i, unit));
      left -= chunk.units.length;
      if (left === 0) finish({ kind: "done" });
    });
    worker.once("error", (error) => {
      const index = current();
      finish(index < 0 ? error : { kind: "failed", index });
    });
    worker.once("exit", (code) => {
      const index = current();
      finish(
        index < 0 ? new Error(`a parse worker stopped (exit code ${code}) before parsing`) : { kind: "failed", index },
      );
    });
  });
}

function formatBudget(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The unit of an article whose parse overran the budget: an error naming the file (and its body's line). */
function timeoutUnit(file: SourceFile, budgetMs: number): ArticleUnit {
  const split = splitFrontMatter(file.text, file.path);
  const where = "problems" in split ? { file: file.path } : { file: file.path, line: split.bodyLine, field: "body" };
  return {
    quotes: [],
    warnings: [],
    problems: [
      problem(
        where,
        `parsing took longer than ${formatBudget(budgetMs)} (the limit for one article) and was stopped`,
        "look for long runs of repeated Markdown syntax (`>`, `-`, `*`, `_`, `[`, backticks, HTML tags) or text far longer than an article, and remove or split it",
      ),
    ],
  };
}

/**
 * Parses a share of the articles in worker threads, one at a time, each article within
 * `budgetMs`: a worker that overruns it is stopped, the article gets an error saying so, and a new
 * worker goes on with the articles not yet parsed. An article a worker failed on is left null, for
 * the main thread to parse and report as it would without workers.
 */
async function parseShare(
  sources: ArchiveSources,
  share: SourceFile[],
  budgetMs: number,
): Promise<(ArticleUnit | null)[]> {
  const units = new Map<number, ArticleUnit | null>();
  for (;;) {
    const pending = share.flatMap((_, i) => (units.has(i) ? [] : [i]));
    if (pending.length === 0) break;
    const files = pending.map((i) => share[i] as SourceFile);
    const end = await runWorker(sources, files, budgetMs, (index, unit) => units.set(pending[index] as number, unit));
    if (end.kind === "done") break;
    const stuck = pending[end.index] as number;
    units.set(stuck, end.kind === "timeout" ? timeoutUnit(files[end.index] as SourceFile, budgetMs) : null);
  }
  return share.map((_, i) => units.get(i) ?? null);
}

/**
 * Parses, in `workers` threads at once, the articles `cache` does not have, and returns a cache
 * that also holds them (what the threads parsed is kept in `cache` too). buildArchive then runs
 * as usual over the result, parsing only articles with errors itself. An article whose parse
 * takes longer than `options.articleBudgetMs` is stopped and gets an error naming its file, and
 * the others are parsed all the same. With few articles, or one worker, `cache` comes back as it is.
 */
export async function withParallelUnits(
  sources: ArchiveSources,
  cache: ArticleUnitCache | undefined,
  workers: number,
  options: ParallelOptions = {},
): Promise<ArticleUnitCache | undefined> {
  const budgetMs = options.articleBudgetMs ?? DEFAULT_ARTICLE_BUDGET_MS;
  const missing = sources.articles.filter((file) => !cache?.get(file));
  if (workers < 2 || missing.length < (options.minArticles ?? MIN_ARTICLES_FOR_WORKERS)) return cache;
  const share = Math.ceil(missing.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => missing.slice(i * share, (i + 1) * share));
  const results = await Promise.all(shares.map((articles) => parseShare(sources, articles, budgetMs)));
  const parsed = new Map<string, ArticleUnit>();
  shares.forEach((articles, i) =>
    articles.forEach((file, j) => {
      const unit = results[i]?.[j];
      if (!unit) return;
      parsed.set(file.path, unit);
      // An article stopped for its time has an error, and is never kept.
      if (unit.problems.length === 0) cache?.set(file, unit);
    }),
  );
  return {
    get: (file: SourceFile) => parsed.get(file.path) ?? cache?.get(file),
    set: (file, unit) => cache?.set(file, unit),
  };
}
