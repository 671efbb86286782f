// The generated content folders the benchmark builds, made once per count and seed and reused.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH_ROOT, PROJECT_ROOT } from "./paths.ts";

/** What the marker beside a content folder records. */
interface CorpusMarker {
  count: number;
  seed: number;
  /** True while the benchmark has one article edited (a crash then forces a fresh corpus). */
  edited: boolean;
}

/** The content folder of `count` articles. */
export function corpusDir(count: number): string {
  return path.join(BENCH_ROOT, `content-${count}`);
}

const markerFile = (count: number): string => `${corpusDir(count)}.json`;

function readMarker(count: number): CorpusMarker | null {
  try {
    return JSON.parse(readFileSync(markerFile(count), "utf8")) as CorpusMarker;
  } catch {
    return null;
  }
}

/** Records the state of a content folder beside it. */
export function writeMarker(marker: CorpusMarker): void {
  writeFileSync(markerFile(marker.count), `${JSON.stringify(marker)}\n`);
}

/**
 * The content folder of `count` articles from `seed`, generated with `npm run corpus` unless the
 * folder is already there from the same count and seed, unedited. Returns the folder and whether it was reused.
 */
export function ensureCorpus(count: number, seed: number): { dir: string; reused: boolean } {
  const dir = corpusDir(count);
  const marker = readMarker(count);
  // A folder from before archives had a site.yaml is made afresh.
  const complete = existsSync(path.join(dir, "site.yaml"));
  if (marker && marker.count === count && marker.seed === seed && !marker.edited && complete)
    return { dir, reused: true };
  rmSync(dir, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    [
      path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"),
      path.join(PROJECT_ROOT, "scripts/generate-corpus.ts"),
      ...["--count", String(count), "--seed", String(seed), "--out", dir],
    ],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`npm run corpus failed (${run.status}):\n${run.stderr}`);
  writeMarker({ count, seed, edited: false });
  return { dir, reused: false };
}
