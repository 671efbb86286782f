// A quick build (src/io/editRecord/) must not leave a page changed on disk by hand in the site, any
// more than a whole build does (which renders it again). Looking at each of a large site's pages
// takes a while (85,000 at 10,000 articles: most of a second), so it is done in a thread of its
// own while the quick build loads its code, parses and patches.
import { startTsWorker } from "../tsWorker.ts";

/** What the check is given: the page record's file and the site folder it must be the record of. */
export interface PagesCheckJob {
  manifestFile: string;
  site: string;
}

/** The page record's generation and how many of its pages are not on disk as written; undefined when there is no record of this site. */
export type PagesCheck = { generation: string; altered: number } | undefined;

/** A check under way. */
export interface PagesCheckRun {
  /** Its outcome; undefined too when the thread failed. */
  result: Promise<PagesCheck>;
  /** Stops the thread, when its outcome is no longer wanted. */
  stop(): void;
}

/** Starts checking the pages of `site` against the page record in `manifestFile`. */
export function startPagesCheck(job: PagesCheckJob): PagesCheckRun {
  const worker = startTsWorker(new URL("./pagesCheckWorker.ts", import.meta.url), job);
  const result = new Promise<PagesCheck>((resolve) => {
    worker.once("message", (message: PagesCheck) => resolve(message));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { result, stop: () => void worker.terminate() };
}
