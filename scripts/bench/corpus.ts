// The generated content folders the benchmark builds, made once per count and seed and reused.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { sourcesHash } from "../../src/io/codeVersion.ts";
import { BENCH_ROOT, PROJECT_ROOT } from "./paths.ts";

/** What the marker beside a content folder records. */
interface CorpusMarker {
  count: number;
  seed: number;
  /** The generator's version (a hash of its sources): a folder from another generator is made afresh. */
  generator: string;
  /** True while the benchmark has one article edited (a crash then forces a fresh corpus). */
  edited: boolean;
}

/** The version of the corpus generator: its sources and the command that runs it. */
export function generatorVersion(): string {
  return sourcesHash(PROJECT_ROOT, ["tools/synthetic", "scripts/generate-corpus.ts"]);
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

/** Records the state of a content folder beside it (made by this generator). */
export function writeMarker(marker: Omit<CorpusMarker, "generator">): void {
  writeFileSync(markerFile(marker.count), `${JSON.stringify({ ...marker, generator: generatorVersion() })}\n`);
}

/** Whether the content folder of `count` articles from `seed` is there, complete, unedited and made by this generator. */
export function corpusReady(count: number, seed: number): boolean {
  const marker = readMarker(count);
  // A folder from before archives had a site.yaml is made afresh.
  const complete = existsSync(path.join(corpusDir(count), "site.yaml"));
  return (
    marker !== null &&
    marker.count === count &&
    marker.seed === seed &&
    !marker.edited &&
    marker.generator === generatorVersion() &&
    complete
  );
}

/** The generator's line every 1,000 articles written: `12000/100000 articles written`. */
const WRITTEN = /^(\d+)\/\d+ articles written$/u;

/**
 * The content folder of `count` articles from `seed`, generated with `npm run corpus` unless the
 * folder is already there from the same count and seed, unedited. Reports the generator's progress
 * about every tenth of the articles. Returns the folder and whether it was reused.
 */
export async function ensureCorpus(
  count: number,
  seed: number,
  onProgress: (message: string) => void,
): Promise<{ dir: string; reused: boolean }> {
  const dir = corpusDir(count);
  if (corpusReady(count, seed)) return { dir, reused: true };
  // The marker goes first: a generation stopped midway must not pass for a finished one.
  rmSync(markerFile(count), { force: true });
  rmSync(dir, { recursive: true, force: true });
  onProgress(`${count}: generating ${count} articles (all in memory first, then written)`);
  const step = Math.max(1_000, Math.round(count / 10 / 1_000) * 1_000);
  const child = spawn(
    process.execPath,
    // The generator holds the whole archive before writing it: 100,000 articles pass V8's default heap.
    [
      "--max-old-space-size=8192",
      "--import",
      "tsx",
      "scripts/generate-corpus.ts",
      ...["--count", String(count), "--seed", String(seed), "--out", dir],
    ],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  let writing = false;
  // Making 100,000 articles in memory takes minutes before the first is written: say it is alive.
  const heartbeat = setInterval(() => {
    if (!writing) onProgress(`${count}: still generating in memory`);
  }, 30_000);
  createInterface({ input: child.stdout }).on("line", (line) => {
    const written = WRITTEN.exec(line);
    writing ||= written !== null;
    if (written && Number(written[1]) % step === 0) onProgress(`${count}: ${line}`);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  }).finally(() => clearInterval(heartbeat));
  if (code !== 0) throw new Error(`npm run corpus failed (${code}):\n${stderr}`);
  writeMarker({ count, seed, edited: false });
  return { dir, reused: false };
}
