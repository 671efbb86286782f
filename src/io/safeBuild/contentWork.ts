import type { ContentCheck } from "./checkContent.ts";
import type { ContentJob, ContentMessage } from "./contentWorker.ts";
import { startTsWorker } from "../tsWorker.ts";

/** The content worker's results as they come (src/io/safeBuild/contentWorker.ts). */
export interface ContentWork {
  /** The content check. */
  checked: Promise<ContentCheck>;
  /** After a passed check: the search index written aside; resolves to its number of files. */
  indexed: Promise<number>;
}

/**
 * Starts checking the content and making the search index in a worker thread. A failure of the
 * thread itself (a bug, not a content error) rejects whichever result has not come yet.
 */
export function startContentWork(job: ContentJob): ContentWork {
  const worker = startTsWorker(new URL("./contentWorker.ts", import.meta.url), job);
  let onChecked!: (check: ContentCheck) => void;
  let onIndexed!: (files: number) => void;
  let fail!: (error: Error) => void;
  const checked = new Promise<ContentCheck>((resolve, reject) => {
    onChecked = resolve;
    fail = reject;
  });
  const indexed = new Promise<number>((resolve, reject) => {
    onIndexed = resolve;
    const earlier = fail;
    fail = (error) => {
      earlier(error);
      reject(error);
    };
  });
  // Not awaited when the check fails: that is not an unhandled rejection.
  indexed.catch(() => undefined);
  worker.on("message", (message: ContentMessage) => {
    if (message.kind === "checked") onChecked(message.check);
    else onIndexed(message.files);
  });
  worker.once("error", (error) => fail(error));
  worker.once("exit", (code) => fail(new Error(`the content worker ended (exit code ${code}) before it had finished`)));
  return { checked, indexed };
}
