import { availableParallelism } from "node:os";

/**
 * The heap the site's data takes in a page worker once read, as a multiple of its file's size
 * (measured: 1.9 at 10,000 and at 100,000 articles).
 */
const SITE_DATA_HEAP_FACTOR = 2;

/** The heap a page worker may need beyond the site's data it holds, for what it renders meanwhile. */
const PAGE_WORKER_SLACK_BYTES = 256 * 1024 ** 2;

/**
 * What all page workers together may hold, so that a large archive's build stays under 6 GB: they
 * run once the content worker has ended (but for those {@link earlyPageWorkers} allows), beside a
 * small Astro process.
 */
const PAGE_WORKERS_BUDGET_BYTES = 4 * 1024 ** 3;

/**
 * How many page workers share the bulk pages: one per core (at most four), one for a small archive
 * (a worker's start costs more than it saves), and no more than fit {@link PAGE_WORKERS_BUDGET_BYTES}
 * when each holds the site's data ({@link SITE_DATA_HEAP_FACTOR} times the size of its file once read).
 */
export function pageWorkerCount(pages: number, siteDataBytes: number): number {
  if (pages < 2_000) return 1;
  const fit = Math.floor(PAGE_WORKERS_BUDGET_BYTES / (SITE_DATA_HEAP_FACTOR * siteDataBytes + PAGE_WORKER_SLACK_BYTES));
  return Math.max(1, Math.min(availableParallelism(), 4, fit));
}

/**
 * The heap a page worker may grow to, in MB: the site's data it holds (about twice its file)
 * and room for what it renders and records meanwhile; never less than Node's usual 4 GB.
 */
export function pageWorkerHeapMb(siteDataBytes: number): number {
  return Math.max(4096, Math.ceil((3 * siteDataBytes) / 1024 ** 2));
}

/**
 * The content worker's heap while it makes the search index and the exports, as a multiple of the
 * site's data file (it holds the whole site's data, bodies included, and the index being made).
 */
const CONTENT_WORKER_FACTOR = 5;

/**
 * How many of `workers` page workers start at once, while the content worker still holds the site's
 * data to make the search index: as many as fit {@link PAGE_WORKERS_BUDGET_BYTES} beside it, at
 * most one fewer than all (but a single worker), so that no more copies of the data are held at
 * once than there are workers, or two. None for a large archive: its workers wait for the index.
 */
export function earlyPageWorkers(workers: number, siteDataBytes: number): number {
  const room = PAGE_WORKERS_BUDGET_BYTES - CONTENT_WORKER_FACTOR * siteDataBytes;
  const fit = Math.floor(room / (SITE_DATA_HEAP_FACTOR * siteDataBytes + PAGE_WORKER_SLACK_BYTES));
  return Math.max(0, Math.min(Math.max(1, workers - 1), fit));
}
