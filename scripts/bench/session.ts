// The start and end of a benchmark run: what is measured on what, room on the disk, the earlier
// run's deletions; then the table, the results file, and this run's deletions in the background.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import path from "node:path";
import { emptyTrashInBackground, waitForEarlierDeletions } from "./clearBuild.ts";
import { codeVersion } from "./codeVersion.ts";
import { corpusReady } from "./corpus.ts";
import { freeBytes, neededBytes } from "./diskSpace.ts";
import type { BenchOptions } from "./options.ts";
import { BENCH_ROOT, PROJECT_ROOT, siteFolders } from "./paths.ts";
import { progress } from "./progress.ts";
import { formatTable, gigabytes, type Line } from "./report.ts";

/** What a run records about the machine and the code at its start. */
export interface Session {
  code: ReturnType<typeof codeVersion>;
  loadAtStart: string;
}

/** The 1-minute load average: other work on the machine skews every figure. */
export const load = (): string => (loadavg()[0] ?? 0).toFixed(2);

/** Thrown when the disk has too little room for the run; the message says how much it needs. */
export class DiskSpaceError extends Error {}

/** Checks the disk has room for the run's content folders, builds and floors; throws DiskSpaceError. */
function checkDiskSpace(options: BenchOptions): void {
  const rows = options.sizes.map((count) => ({
    count,
    corpusReady: corpusReady(count, options.seed),
    previousSite: existsSync(siteFolders(count).outDir),
    floorPages: options.floorPages,
  }));
  const needed = neededBytes(rows);
  const free = freeBytes(BENCH_ROOT);
  progress(`disk: ${gigabytes(free)} free, this run needs about ${gigabytes(needed)}`);
  if (free < needed)
    throw new DiskSpaceError(
      `the disk has ${gigabytes(free)} free and this run needs about ${gigabytes(needed)}: free some, ` +
        `e.g. delete earlier builds in ${path.relative(PROJECT_ROOT, BENCH_ROOT)}/site-*, or pass --floor-pages`,
    );
}

/** Prints what is measured on what, waits for an earlier run's deletions, checks the disk. */
export async function startBenchmark(options: BenchOptions, description: string): Promise<Session> {
  mkdirSync(BENCH_ROOT, { recursive: true });
  const code = codeVersion();
  progress(
    `code: commit ${code.commit}${code.changedSources.length ? `, uncommitted: ${code.changedSources.join(" ")}` : ""}`,
  );
  progress(
    `benchmark: ${description}, seed ${options.seed}, ${cpus().length} CPUs, ` +
      `${gigabytes(freemem())} of ${gigabytes(totalmem())} memory free, node ${process.version}, load ${load()}`,
  );
  const waitedFor = await waitForEarlierDeletions(() =>
    progress("waiting for an earlier run's build folders to be deleted (it loads the disk)"),
  );
  if (waitedFor > 0) progress("the earlier run's build folders are deleted");
  checkDiskSpace(options);
  return { code, loadAtStart: load() };
}

/** Prints the table (and any text after it), writes the results file, deletes what was moved aside. */
export function finishBenchmark(
  session: Session,
  lines: readonly Line[],
  after: string,
  resultsName: string,
  results: object,
): void {
  const loadAtEnd = load();
  const { code } = session;
  process.stdout.write(
    `\n${formatTable(lines)}(1-minute load average: ${session.loadAtStart} at start, ${loadAtEnd} at end, on ${cpus().length} CPUs; commit ${code.commit}${code.changedSources.length ? " + uncommitted changes" : ""})\n\n${after}`,
  );
  const resultsFile = path.join(BENCH_ROOT, resultsName);
  const record = {
    node: process.version,
    cpus: cpus().length,
    code,
    loadAverage: { start: session.loadAtStart, end: loadAtEnd },
    lines,
    ...results,
  };
  writeFileSync(resultsFile, `${JSON.stringify(record, null, 2)}\n`);
  progress(`wrote ${path.relative(PROJECT_ROOT, resultsFile)}`);
  if (emptyTrashInBackground())
    progress("deleting the previous build folders in the background (tests/.artifacts/bench/trash-*)");
}
