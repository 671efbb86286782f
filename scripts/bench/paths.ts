// Where the benchmark keeps its scratch files: inside the project (Astro stages builds whose output
// lies outside it in the shared `.astro/` folder), under the git-ignored tests/.artifacts/.
import path from "node:path";

/** The project root (this file is scripts/bench/paths.ts). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** Every benchmark output: content folders, builds, floors, logs, results.json. */
export const BENCH_ROOT = path.join(PROJECT_ROOT, "tests/.artifacts/bench");

/** Astro's command-line entry in this repo's node_modules. */
export const ASTRO_BIN = path.join(PROJECT_ROOT, "node_modules/astro/astro.js");

/** The folders of one measured build. */
export interface BuildFolders {
  /** Output folder (`ARCHIVE_OUT_DIR`). */
  outDir: string;
  /** Astro cache folder (`ARCHIVE_CACHE_DIR`). */
  cacheDir: string;
  /** Where the build's log is written. */
  logFile: string;
}

/** The output, cache and log of our site's build of `count` articles. */
export function siteFolders(count: number): BuildFolders {
  const root = path.join(BENCH_ROOT, `site-${count}`);
  return { outDir: path.join(root, "dist"), cacheDir: path.join(root, "cache"), logFile: path.join(root, "build.log") };
}
