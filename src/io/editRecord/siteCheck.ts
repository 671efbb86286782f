// A quick build (src/io/editRecord/) must not leave a file of the site changed on disk by hand, any
// more than a whole build does (which makes it again): every page, Astro's files, the data exports
// and the search index's files are looked at against the fingerprints their records hold. That
// takes a while for a large site (85,000 pages at 10,000 articles: most of a second), so it is done
// in a thread of its own while the quick build loads its code, parses and patches.
import { startTsWorker } from "../tsWorker.ts";

/** What the check is given: the cache folder holding the records, and the site folder they must be of. */
export interface SiteCheckJob {
  cacheDir: string;
  site: string;
}

/**
 * The page record's generation and how many of the site's files are not on disk as written;
 * undefined when a record of this site is missing (there is then nothing to check them against).
 */
export type SiteCheck = { generation: string; altered: number } | undefined;

/** A check under way. */
export interface SiteCheckRun {
  /** Its outcome; undefined too when the thread failed. */
  result: Promise<SiteCheck>;
  /** Stops the thread, when its outcome is no longer wanted. */
  stop(): void;
}

/** Starts checking the files of the site in `job.site` against the records in `job.cacheDir`. */
export function startSiteCheck(job: SiteCheckJob): SiteCheckRun {
  const worker = startTsWorker(new URL("./siteCheckWorker.ts", import.meta.url), job);
  const result = new Promise<SiteCheck>((resolve) => {
    worker.once("message", (message: SiteCheck) => resolve(message));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { result, stop: () => void worker.terminate() };
}
