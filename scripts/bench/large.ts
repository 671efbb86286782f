// `npm run bench -- --large`: one archive of 100,000 articles built cold, and the floor at as many
// pages; nothing else, so that it can be run on its own (the 10,000 row is the standard run's).
import type { BenchOptions } from "./options.ts";
import { resultsFileName } from "./options.ts";
import { elapsedSeconds, progress } from "./progress.ts";
import { formatSplit, info, seconds } from "./report.ts";
import { finishBenchmark, startBenchmark } from "./session.ts";
import { measureSize, sizeLines } from "./sizeRow.ts";
import { LARGE_TARGET } from "./targets.ts";

/** Runs the large mode: generates (or reuses) the archive, builds it cold, measures the floor, prints the table. */
export async function runLarge(options: BenchOptions): Promise<void> {
  const count = options.sizes[0] as number;
  const session = await startBenchmark(options, `--large, ${count} articles: cold build and floor`);
  const row = await measureSize(count, options.seed, options.floorPages, progress);
  const benchSeconds = elapsedSeconds();
  const lines = [
    ...sizeLines(row, LARGE_TARGET),
    info(
      `benchmark wall time (--large${row.corpusReused ? ", content folder reused" : ", content folder generated"})`,
      seconds(benchSeconds),
    ),
  ];
  const split = formatSplit(
    `${count.toLocaleString("en")} cold build: where the time went (from Astro's log)`,
    row.coldLog,
    row.cold.seconds,
  );
  finishBenchmark(session, lines, split, resultsFileName(options), {
    large: true,
    seed: options.seed,
    sizes: [row],
    benchSeconds,
  });
}
