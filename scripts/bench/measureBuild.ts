// One measured `astro build`: wall time, peak memory of its process tree, HTML pages written.
import { spawn, execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ASTRO_BIN } from "./paths.ts";
import { finishedChildrenCpu, watchPeakMemory } from "./processTree.ts";

/** What a measured build did. */
export interface BuildMeasurement {
  /** Wall time from start to exit, seconds. */
  seconds: number;
  /** Peak resident memory of the astro process and its descendants, bytes. */
  peakBytes: number;
  /** HTML files in the output folder. */
  htmlPages: number;
  /** HTML pages per second of wall time. */
  pagesPerSecond: number;
  /**
   * CPU seconds of the build's process tree, user and system. Steadier than wall time on a busy or
   * slow-disk machine: user time varied by about 5% between identical builds here, system time
   * (mostly writing pages) by a factor of three.
   */
  cpu: { user: number; system: number };
}

/** How to run one build. */
export interface BuildRequest {
  /** Folder `astro build` runs in (the Astro project root). */
  cwd: string;
  /** Environment added to this process's own. */
  env: Record<string, string>;
  /** The output folder, to count its pages. */
  outDir: string;
  /** Everything the build prints goes here. */
  logFile: string;
  /** Extra options for node itself (e.g. `--cpu-prof`, which NODE_OPTIONS does not allow). */
  nodeArgs?: string[];
  /** What node runs (default `astro build`: the floor; our site runs `npm run build`'s script). */
  script?: string[];
}

/** `npm run build` (scripts/build.ts: check, build aside, keep unchanged pages, swap in), run by node directly. */
export const SAFE_BUILD_SCRIPT = ["--import", "tsx", "scripts/build.ts"];

/** Counts `.html` files under a folder. */
export function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((entry) => entry.endsWith(".html")).length;
}

/** Runs a build (`astro build` unless told otherwise), measuring it; rejects when it fails, naming its log. */
/**
 * Writes out to disk what earlier steps left in memory (a build writes 73,000 pages; the disk takes
 * them in over the following seconds), so that a build measured next does not wait on the last
 * one's writing: a floor build measured while the disk was busy took 63.7–78.8 s against 42–45 s.
 */
function flushDiskWrites(): void {
  try {
    execFileSync("sync", { stdio: "ignore" });
  } catch {
    // No `sync` command here: measure as things are.
  }
}

export async function measureBuild(request: BuildRequest): Promise<BuildMeasurement> {
  mkdirSync(path.dirname(request.logFile), { recursive: true });
  flushDiskWrites();
  const log = createWriteStream(request.logFile);
  const started = performance.now();
  const cpuBefore = finishedChildrenCpu();
  const child = spawn(process.execPath, [...(request.nodeArgs ?? []), ...(request.script ?? [ASTRO_BIN, "build"])], {
    cwd: request.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", TZ: "UTC", ...request.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("astro build did not start");
  const memory = watchPeakMemory(child.pid);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const peakBytes = memory.stop();
  const cpuAfter = finishedChildrenCpu();
  const cpu = { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system };
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) throw new Error(`the build exited with ${code}; see ${request.logFile}`);
  const htmlPages = countHtml(request.outDir);
  return { seconds, peakBytes, htmlPages, pagesPerSecond: htmlPages / seconds, cpu };
}
