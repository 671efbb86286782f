import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";

/** What a real `astro build` run left behind. */
export interface BuildRun {
  /** Exit status of the build process. */
  status: number | null;
  /** Everything it printed, stdout and stderr together. */
  output: string;
  /** The output folder it was told to write. */
  outDir: string;
}

const ASTRO = path.resolve("node_modules/astro/astro.js");

/** A fresh temporary folder. */
export function scratchDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `press-archive-${label}-`));
}

/**
 * A fresh folder for build output inside the project (tests/.artifacts/builds): Astro stages a
 * build whose output lies outside the project in the shared `.astro/` folder, where builds running
 * at the same time would mix their files.
 */
export function buildDir(label: string): string {
  const root = path.resolve("tests/.artifacts/builds");
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, `${label}-`));
}

/**
 * Runs a real `astro build` of a content folder into its own output and cache folders. Asynchronous,
 * so a long build never blocks the test worker (vitest's own messages time out otherwise).
 */
export async function astroBuild(options: { contentDir: string; outDir?: string; tz?: string }): Promise<BuildRun> {
  const outDir = options.outDir ?? path.join(buildDir("dist"), "dist");
  const child = spawn(process.execPath, [ASTRO, "build"], {
    env: {
      ...process.env,
      TZ: options.tz ?? "UTC",
      ARCHIVE_CONTENT_DIR: options.contentDir,
      ARCHIVE_OUT_DIR: outDir,
      ARCHIVE_CACHE_DIR: path.join(buildDir("cache"), "cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { status, output, outDir };
}

/** Every file under a folder, as `relative path → contents`, for comparing two builds. */
export function treeContents(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(root, entry);
    if (statSync(full).isFile()) files.set(entry, readFileSync(full, "latin1"));
  }
  return files;
}

/** Asserts that two built sites hold the same files with the same bytes (names the differing files). */
export function expectSameSite(actual: string, expected: string): void {
  const a = treeContents(actual);
  const b = treeContents(expected);
  expect([...a.keys()]).toEqual([...b.keys()]);
  expect([...a.keys()].filter((file) => a.get(file) !== b.get(file))).toEqual([]);
}

/** How to start `npm run build` (scripts/build.ts under tsx) on a content folder, into a final folder. */
export function safeBuildCommand(options: {
  contentDir: string;
  outDir: string;
  tz?: string;
  env?: Record<string, string>;
  /** Arguments after `npm run build --`. */
  args?: string[];
}): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/build.ts"), ...(options.args ?? [])],
    env: {
      ...process.env,
      TZ: options.tz ?? "UTC",
      ARCHIVE_CONTENT_DIR: options.contentDir,
      ARCHIVE_OUT_DIR: options.outDir,
      ARCHIVE_CACHE_DIR: path.join(buildDir("cache"), "cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      ...options.env,
    },
  };
}

/** Runs `npm run build` (the safe build: check, build aside, swap in) and waits for it. */
export function safeBuild(options: Parameters<typeof safeBuildCommand>[0]): BuildRun {
  const { command, args, env } = safeBuildCommand(options);
  const result = spawnSync(command, args, { encoding: "utf8", env });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir: options.outDir };
}

/** Runs a safe build without blocking the test worker; with `stopAt`, sends it SIGTERM once its output matches. */
export function runBuild(options: Parameters<typeof safeBuildCommand>[0], stopAt?: RegExp): Promise<BuildRun> {
  const { command, args, env } = safeBuildCommand(options);
  const child = spawn(command, args, { env });
  let output = "";
  let stopped = false;
  const collect = (chunk: Buffer): void => {
    output += chunk.toString("utf8");
    if (stopAt && !stopped && stopAt.test(output)) {
      stopped = true;
      child.kill("SIGTERM");
    }
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve) => {
    child.on("close", (status) => resolve({ status, output, outDir: options.outDir }));
  });
}

/** A SHA-256 over every folder and file under a root (relative paths and bytes), for "unchanged" checks. */
export function treeHash(root: string): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(root, entry);
    const isFile = statSync(full).isFile();
    hash.update(`${isFile ? "file" : "dir"}\0${entry}\0`);
    if (isFile) hash.update(readFileSync(full));
  }
  return hash.digest("hex");
}
