import type { ContentCheck } from "./checkContent.ts";
import type { ContentJob, ContentMessage } from "./contentWorker.ts";
import type { WrittenIndex } from "../search/searchIndexFiles.ts";
import { startTsWorker } from "../tsWorker.ts";

/** The content worker's results as they come (src/io/safeBuild/contentWorker.ts). */
export interface ContentWork {
  /** The content check. */
  checked: Promise<ContentCheck>;
  /**
   * After a passed check: the site's data written, for the Astro build and the page workers; resolves
   * to each article's body digest by its content-relative file (for the edit record: src/io/editRecord/).
   */
  ready: Promise<Record<string, string>>;
  /**
   * After a passed check: the search index and exports written aside and the thread ended; resolves
   * to the index files written, and the files kept from the last site (index files with the same
   * bytes, the exports when unchanged).
   */
  indexed: Promise<WrittenIndex>;
}

/**
 * How large the content worker's heap may grow, in MB: it holds the archive while checking, then the
 * site's data and the search index being made (a 100,000-article archive passed Node's usual 4 GB).
 */
const CONTENT_WORKER_HEAP_MB = 8192;

/** Its young generation: reading the cache and making the index make much short-lived garbage (as in the page workers). */
const CONTENT_WORKER_YOUNG_MB = 96;

/**
 * Starts checking the content, writing the site's data and making the search index in a worker thread. A failure of the
 * thread itself (a bug, not a content error) rejects whichever result has not come yet. Warnings
 * that are not about the content (the article cache could not be written) go to `onWarning`.
 */
export function startContentWork(job: ContentJob, onWarning: (text: string) => void): ContentWork {
  const worker = startTsWorker(new URL("./contentWorker.ts", import.meta.url), job, {
    maxOldGenerationSizeMb: CONTENT_WORKER_HEAP_MB,
    maxYoungGenerationSizeMb: CONTENT_WORKER_YOUNG_MB,
  });
  const checked = deferred<ContentCheck>();
  const ready = deferred<Record<string, string>>();
  const indexed = deferred<WrittenIndex>();
  let index: WrittenIndex | undefined;
  // Not awaited when the check fails: that is not an unhandled rejection.
  ready.promise.catch(() => undefined);
  indexed.promise.catch(() => undefined);
  // Rejecting a promise already settled does nothing: only what has not come yet fails.
  const fail = (error: Error): void => {
    checked.reject(error);
    ready.reject(error);
    indexed.reject(error);
  };
  worker.on("message", (message: ContentMessage) => {
    if (message.kind === "checked") checked.resolve(message.check);
    else if (message.kind === "ready") ready.resolve(message.bodies);
    else if (message.kind === "warning") onWarning(message.text);
    else index = message.index;
  });
  worker.once("error", (error: Error & { code?: string }) =>
    fail(
      error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new Error(
            `the content worker ran out of memory (its heap may grow to ${CONTENT_WORKER_HEAP_MB} MB): free memory, or build a smaller archive`,
          )
        : error,
    ),
  );
  // The index counts as written once the thread has ended too, and its memory is given back.
  worker.once("exit", (code) => {
    if (index !== undefined && code === 0) indexed.resolve(index);
    fail(new Error(`the content worker ended (exit code ${code}) before it had finished`));
  });
  return { checked: checked.promise, ready: ready.promise, indexed: indexed.promise };
}

/** A promise with its resolve and reject at hand (Node 20 has no Promise.withResolvers). */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
