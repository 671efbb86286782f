import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit, ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import type { ArchiveSources } from "../lib/archive/buildArchive.ts";
import type { ParseJob } from "./parseWorker.ts";
import { startTsWorker } from "./tsWorker.ts";

/**
 * Young generation of a parse worker, MB: parsing makes short-lived garbage (tokens, syntax trees),
 * and fewer scavenges cost less. Checking the 10,000-article benchmark archive took a median of
 * 22.8 CPU-s with 96 MB against 24.6 CPU-s with V8's default (six and seven runs).
 */
const PARSE_YOUNG_GENERATION_MB = 96;

/** Below this many articles to parse, starting workers costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 400;

function parseInWorker(job: ParseJob): Promise<(ArticleUnit | null)[]> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(new URL("./parseWorker.ts", import.meta.url), job, {
      maxYoungGenerationSizeMb: PARSE_YOUNG_GENERATION_MB,
    });
    worker.once("message", (units: (ArticleUnit | null)[]) => {
      resolve(units);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/**
 * Parses, in `workers` threads at once, the articles `cache` does not have, and returns a cache
 * that also holds them (what the threads parsed is kept in `cache` too). buildArchive then runs
 * as usual over the result, parsing only articles with errors itself. With few articles, or one
 * worker, `cache` comes back as it is.
 */
export async function withParallelUnits(
  sources: ArchiveSources,
  cache: ArticleUnitCache | undefined,
  workers: number,
): Promise<ArticleUnitCache | undefined> {
  const missing = sources.articles.filter((file) => !cache?.get(file));
  if (workers < 2 || missing.length < MIN_ARTICLES_FOR_WORKERS) return cache;
  const share = Math.ceil(missing.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => missing.slice(i * share, (i + 1) * share));
  const results = await Promise.all(
    shares.map((articles) => parseInWorker({ speakers: sources.speakers, topics: sources.topics, articles })),
  );
  const parsed = new Map<string, ArticleUnit>();
  shares.forEach((articles, i) =>
    articles.forEach((file, j) => {
      const unit = results[i]?.[j];
      if (unit) {
        parsed.set(file.path, unit);
        cache?.set(file, unit);
      }
    }),
  );
  return {
    get: (file: SourceFile) => parsed.get(file.path) ?? cache?.get(file),
    set: (file, unit) => cache?.set(file, unit),
  };
}
