import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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

/** Runs a real `astro build` of a content folder into its own output and cache folders. */
export function astroBuild(options: { contentDir: string; outDir?: string; tz?: string }): BuildRun {
  const outDir = options.outDir ?? path.join(scratchDir("dist"), "dist");
  const result = spawnSync(process.execPath, [ASTRO, "build"], {
    encoding: "utf8",
    env: {
      ...process.env,
      TZ: options.tz ?? "UTC",
      ARCHIVE_CONTENT_DIR: options.contentDir,
      ARCHIVE_OUT_DIR: outDir,
      ARCHIVE_CACHE_DIR: scratchDir("cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
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
