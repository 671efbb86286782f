// `npm run bench [-- --quick | --large] [-- --seed 42]`, timings of `npm run build` on generated
// archives; prints one table with the targets (PASS/FAIL) and writes it as JSON to
// tests/.artifacts/bench/results.json (results-large.json for --large).
//
// - The standard run builds archives of 1,000 and 10,000 articles (200 and 1,000 with --quick) cold,
//   each with its floor (bare Astro building as many trivial pages), then on the largest a warm
//   rebuild after one article is edited, and times search in headless Chromium.
// - `--large` (not in CI) builds one archive of 100,000 articles cold and its floor, nothing else,
//   so that it runs apart from the standard run (which has the 10,000 row). Generating the archive
//   takes minutes and about 0.5 GB; it is kept and reused. The run needs about 24 GB of disk (checked
//   first). The floor is measured at the same page count (about 735,000 pages); if that build fails,
//   at 150,000 pages, its time per page carried over, and the table says so.
// - `--floor-pages N` measures every floor at N pages at most, scaled per page.
// - `--sizes N[,N…]` builds other archive sizes (one with --large), to try the benchmark itself
//   (`--sizes 50`); its results go to results-trial.json / results-large-trial.json.
// The targets checked are in targets.ts; the last (largest) row of a run is the one checked.
import { runLarge } from "./large.ts";
import { readBenchOptions, UsageError, USAGE } from "./options.ts";
import { DiskSpaceError } from "./session.ts";
import { runStandard } from "./standard.ts";

try {
  const options = readBenchOptions(process.argv.slice(2));
  await (options.large ? runLarge(options) : runStandard(options));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`bench: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof DiskSpaceError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
