// One row of the benchmark: a generated archive of `count` articles built cold as `npm run build`
// builds it, and the bare Astro floor of as many pages; and the row's lines in the table.
import { readFileSync } from "node:fs";
import { summariseBuildLog, type BuildLogSummary } from "./buildLog.ts";
import { clearBuild } from "./clearBuild.ts";
import { ensureCorpus } from "./corpus.ts";
import { measureFloor, type FloorResult } from "./floorBuild.ts";
import type { BuildMeasurement } from "./measureBuild.ts";
import { siteFolders } from "./paths.ts";
import { checked, gigabytes, info, megabytes, seconds, type Line } from "./report.ts";
import { siteBuild } from "./siteBuild.ts";

/** What one row measured. */
export interface SizeResult {
  count: number;
  corpusReused: boolean;
  /** The content folder built. */
  contentDir: string;
  cold: BuildMeasurement;
  coldLog: BuildLogSummary;
  floor: FloorResult;
  /** Cold wall milliseconds per HTML page. */
  msPerPage: number;
  /** msPerPage over the floor's. */
  floorRatio: number;
}

/** Targets a row is checked against; rows without are given for information. */
export interface RowTargets {
  msPerPage: number;
  peakBytes: number;
}

/** Generates (or reuses) the archive, builds it cold and measures the floor. */
export async function measureSize(
  count: number,
  seed: number,
  floorPages: number | null,
  progress: (message: string) => void,
): Promise<SizeResult> {
  progress(`${count}: content folder`);
  const corpus = await ensureCorpus(count, seed, progress);
  progress(`${count}: content folder ${corpus.reused ? "reused" : "generated"}: ${corpus.dir}`);
  const folders = siteFolders(count);
  clearBuild(folders);
  progress(`${count}: cold build`);
  const cold = await siteBuild(corpus.dir, folders);
  progress(`${count}: cold build ${seconds(cold.seconds)}, ${cold.htmlPages} pages, peak ${megabytes(cold.peakBytes)}`);
  const floor = await measureFloor(cold.htmlPages, floorPages, (message) => progress(`${count}: ${message}`));
  progress(`${count}: floor build ${seconds(floor.build.seconds)}`);
  const msPerPage = (cold.seconds * 1000) / cold.htmlPages;
  return {
    count,
    corpusReused: corpus.reused,
    contentDir: corpus.dir,
    cold,
    coldLog: summariseBuildLog(readFileSync(folders.logFile, "utf8")),
    floor,
    msPerPage,
    floorRatio: msPerPage / floor.msPerPage,
  };
}

/** A build's CPU time, e.g. `110 + 46 s`. */
export const cpuTime = (m: BuildMeasurement): string => `${m.cpu.user.toFixed(0)} + ${m.cpu.system.toFixed(0)} s`;

const whole = (n: number): string => n.toLocaleString("en");

function floorLines(n: string, floor: FloorResult): Line[] {
  const { build } = floor;
  if (floor.scaledBecause === null)
    return [
      info(
        `${n}: floor (bare Astro, same pages)`,
        `${seconds(build.seconds)}, ${build.pagesPerSecond.toFixed(0)} pages/s, peak ${megabytes(build.peakBytes)}`,
      ),
    ];
  const scaled = (floor.msPerPage * floor.pages) / 1000;
  return [
    info(
      `${n}: floor (bare Astro, ${whole(build.htmlPages)} pages, scaled per page)`,
      `${seconds(build.seconds)} measured, ${seconds(scaled)} at ${whole(floor.pages)} pages, peak ${megabytes(build.peakBytes)}`,
    ),
    info(
      `${n}: floor measured smaller because`,
      `${floor.scaledBecause} (start-up spread over fewer pages: per page it errs high)`,
    ),
  ];
}

/** The row's lines; with targets, its time per page and peak memory are checked. */
export function sizeLines(r: SizeResult, targets: RowTargets | null): Line[] {
  const n = whole(r.count);
  const lines = [
    info(
      `${n}: cold build`,
      `${seconds(r.cold.seconds)}, ${whole(r.cold.htmlPages)} HTML pages, ${r.cold.pagesPerSecond.toFixed(0)} pages/s`,
    ),
    ...floorLines(n, r.floor),
    info(
      `${n}: CPU user + system, ours / floor${r.floor.scaledBecause === null ? "" : " (floor as measured)"}`,
      `${cpuTime(r.cold)} / ${cpuTime(r.floor.build)}; user ${(r.cold.cpu.user / r.floor.build.cpu.user).toFixed(2)}×`,
    ),
  ];
  const perPage = `${r.msPerPage.toFixed(2)} ms/page; floor ${r.floor.msPerPage.toFixed(2)}: ${r.floorRatio.toFixed(2)}×`;
  const peak = gigabytes(r.cold.peakBytes);
  if (!targets)
    return [...lines, info(`${n}: cold time per page`, perPage), info(`${n}: cold peak memory (process tree)`, peak)];
  return [
    ...lines,
    checked(`${n}: cold time per page`, perPage, `≤ ${targets.msPerPage} ms/page`, r.msPerPage <= targets.msPerPage),
    checked(
      `${n}: cold peak memory (process tree)`,
      peak,
      `≤ ${targets.peakBytes / 1024 ** 3} GB`,
      r.cold.peakBytes <= targets.peakBytes,
    ),
  ];
}
