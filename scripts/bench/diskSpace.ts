// Whether the disk can take a run: what its content folders, builds and floors will write, against
// what the disk has free. Per-article sizes from 10,000-article runs (du), with a margin.
import { statfsSync } from "node:fs";

/** Bytes per article of a generated content folder (48 MB for 10,000). */
const CONTENT_BYTES_PER_ARTICLE = 5_000;
/** Bytes per article of a built site, output and cache (1.44 GB for 10,000). */
const SITE_BYTES_PER_ARTICLE = 150_000;
/** HTML pages per article (73,492 for 10,000). */
export const PAGES_PER_ARTICLE = 7.35;
/** Bytes per page of a floor build (580 MB for 73,492 pages). */
const FLOOR_BYTES_PER_PAGE = 8_000;
/** Room kept free beyond the estimate. */
const MARGIN = 1.2;

/** One archive the run will build. */
export interface PlannedRow {
  count: number;
  /** Its content folder is already there. */
  corpusReady: boolean;
  /** A site of this size from an earlier run is there: moved aside, it is deleted only when the run ends. */
  previousSite: boolean;
  /** Pages its floor is measured at, at most (null: as many as the site has). */
  floorPages: number | null;
}

/** Bytes free for this user on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/**
 * Bytes the run needs free, in all. Every row's site stays until the next run, and the site it
 * replaces and each floor's pages are deleted only when the benchmark ends, so they add up.
 */
export function neededBytes(rows: readonly PlannedRow[]): number {
  let bytes = 0;
  for (const row of rows) {
    const sitePages = row.count * PAGES_PER_ARTICLE;
    const floorPages = row.floorPages === null ? sitePages : Math.min(row.floorPages, sitePages);
    bytes +=
      (row.corpusReady ? 0 : row.count * CONTENT_BYTES_PER_ARTICLE) +
      row.count * SITE_BYTES_PER_ARTICLE * (row.previousSite ? 2 : 1) +
      floorPages * FLOOR_BYTES_PER_PAGE;
  }
  return bytes * MARGIN;
}
