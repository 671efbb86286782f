import { availableParallelism } from "node:os";

/** The heap a page worker may need beyond the site's data it holds, for what it renders meanwhile. */
const PAGE_WORKER_SLACK_BYTES = 256 * 1024 ** 2;

/** What all page workers together may hold, so that a large archive's build fits the machine. */
const PAGE_WORKERS_BUDGET_BYTES = 2 * 1024 ** 3;

/**
 * How many page workers share the bulk pages: one per core (at most four), one for a small archive
 * (a worker's start costs more than it saves), and no more than fit {@link PAGE_WORKERS_BUDGET_BYTES}
 * when each holds the site's data (about 1.5 times the size of its file once read).
 */
export function pageWorkerCount(pages: number, siteDataBytes: number): number {
  if (pages < 2_000) return 1;
  const fit = Math.floor(PAGE_WORKERS_BUDGET_BYTES / (1.5 * siteDataBytes + PAGE_WORKER_SLACK_BYTES));
  return Math.max(1, Math.min(availableParallelism(), 4, fit));
}

/**
 * The heap a page worker may grow to, in MB: the site's data it holds (about 1.5 times its file)
 * and room for what it renders and records meanwhile; never less than Node's usual 4 GB.
 */
export function pageWorkerHeapMb(siteDataBytes: number): number {
  return Math.max(4096, Math.ceil((3 * siteDataBytes) / 1024 ** 2));
}

/**
 * How many of `workers` page workers start at once, while the content worker still holds the site's
 * data to make the search index: one fewer, so that no more copies of the data are held at once
 * than there are workers (none early for a single worker, which then waits for the index).
 */
export function earlyPageWorkers(workers: number): number {
  return Math.max(0, workers - 1);
}
