// What a parse worker (parseWorker.ts) and the thread that starts it (parallelUnits.ts) share:
// the job, the messages, and the layout of the progress memory. Kept apart so that importing it
// runs nothing (importing the worker's module would run the worker).
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit } from "../lib/archive/articleUnit.ts";

/** What a parse worker is given. */
export interface ParseJob {
  speakers: SourceFile;
  topics: SourceFile;
  articles: SourceFile[];
  /**
   * Memory shared with the thread that started the worker, {@link PROGRESS_SLOTS} 32-bit integers:
   * the index of the article being parsed (-1 before the first) and when its parse started, in
   * milliseconds after `origin`. That thread reads them to stop a worker stuck on one article.
   */
  progress: SharedArrayBuffer;
  /** The clock's origin: `performance.timeOrigin + performance.now()` when the job was made. */
  origin: number;
  /** The build's clock (ms since the epoch), for corrections dated in the future; see UnitContext. */
  now?: number | undefined;
}

/** A message from a parse worker: the units of its `articles[from]` onwards, in order. */
export interface ParsedChunk {
  from: number;
  /** Null for an article with errors: the main thread parses it again and reports them in order. */
  units: (ArticleUnit | null)[];
}

/** Units a worker sends at once: a stopped worker loses at most this many, which the next parses again. */
export const UNITS_PER_MESSAGE = 32;

/** The progress slot holding the index of the article being parsed. */
export const PROGRESS_INDEX = 0;
/** The progress slot holding when that article's parse started. */
export const PROGRESS_STARTED = 1;
/** Slots in the progress memory. */
export const PROGRESS_SLOTS = 2;

/** Milliseconds since `origin`, on a clock every thread of the process shares. */
export function millisecondsSince(origin: number): number {
  return performance.timeOrigin + performance.now() - origin;
}
