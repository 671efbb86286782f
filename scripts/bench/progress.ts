// Progress lines on stderr: the step and the seconds since the benchmark started.
import { performance } from "node:perf_hooks";

const started = performance.now();

/** Seconds since the benchmark started. */
export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}

/** Prints one progress line, `[  42 s] message`. */
export function progress(message: string): void {
  process.stderr.write(`[${elapsedSeconds().toFixed(0).padStart(4)} s] ${message}\n`);
}
