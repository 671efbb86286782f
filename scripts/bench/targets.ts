// The targets the benchmark checks, PASS/FAIL in its table (issue 23 for the builds).

const GB = 1024 ** 3;

/** The cold build of the largest archive of a standard run (10,000 articles), and its warm rebuild. */
export const STANDARD_TARGET = {
  /** Cold `npm run build`, wall milliseconds per HTML page. */
  msPerPage: 0.5,
  /** Peak resident memory of the build's process tree. */
  peakBytes: 2 * GB,
  /** `npm run build` after one article was edited, wall seconds (what an editor waits for). */
  warmSeconds: 3,
};

/** The cold build of `--large` (100,000 articles). */
export const LARGE_TARGET = {
  msPerPage: 0.3,
  peakBytes: 6 * GB,
};

/** Search in headless Chromium, on the largest archive of a standard run. */
export const SEARCH_TARGET = {
  /** 95th percentile of a query's time, one page, milliseconds. */
  p95: 50,
  /** What the first query of a fresh page loads, gzip bytes, the largest of them. */
  firstQueryBytes: 150 * 1024,
  /** The search page's JavaScript before its index, gzip bytes. */
  searchJsBytes: 30 * 1024,
};

/** A standard run's wall time, seconds. */
export const BENCH_SECONDS = 15 * 60;
