// The project's settings from the environment: the one place an `ARCHIVE_*` variable is read. A user
// sets the first four (README, "Settings"); `npm run build` sets the last for the Astro build it runs.
import path from "node:path";

/** The environment variables of the project's settings. */
export const SETTING_VARIABLES = {
  /** The content folder (default `content/`). */
  contentDir: "ARCHIVE_CONTENT_DIR",
  /** The site folder a build writes (default `dist/`). */
  outDir: "ARCHIVE_OUT_DIR",
  /** Astro's cache folder, which holds the archive's own caches too (default `node_modules/.astro`). */
  cacheDir: "ARCHIVE_CACHE_DIR",
  /** The site's origin for one build, instead of `origin:` in site.yaml (a preview deploy). */
  siteUrl: "ARCHIVE_SITE_URL",
  /** The build plan file `npm run build` hands its Astro build (src/io/buildPlan/). */
  buildPlan: "ARCHIVE_BUILD_PLAN",
} as const;

/** The project's settings, paths resolved. */
export interface ArchiveSettings {
  contentDir: string;
  outDir: string;
  /** Astro's cache folder. */
  astroCacheDir: string;
  /** The archive's caches (parsed articles, the page-reuse record): `press-archive/` in Astro's. */
  cacheDir: string;
  /** An origin overriding site.yaml's, when set. */
  siteUrl: string | undefined;
  /** The build plan file, when an Astro build runs under `npm run build`. */
  buildPlan: string | undefined;
}

/** Reads the settings from `env`, resolving paths against `cwd`. */
export function archiveSettings(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): ArchiveSettings {
  const value = (name: string): string | undefined => env[name] || undefined;
  const astroCacheDir = path.resolve(cwd, value(SETTING_VARIABLES.cacheDir) ?? "node_modules/.astro");
  const plan = value(SETTING_VARIABLES.buildPlan);
  return {
    contentDir: path.resolve(cwd, value(SETTING_VARIABLES.contentDir) ?? "content"),
    outDir: path.resolve(cwd, value(SETTING_VARIABLES.outDir) ?? "dist"),
    astroCacheDir,
    cacheDir: path.join(astroCacheDir, "press-archive"),
    siteUrl: value(SETTING_VARIABLES.siteUrl),
    buildPlan: plan ? path.resolve(cwd, plan) : undefined,
  };
}

/** The content folder: `ARCHIVE_CONTENT_DIR` when set (tests, benchmarks), otherwise `content/`. */
export function contentDirFromEnv(root: string = process.cwd()): string {
  return archiveSettings(process.env, root).contentDir;
}

/**
 * Where builds keep what they may reuse: under Astro's cache folder (`ARCHIVE_CACHE_DIR`, else
 * `node_modules/.astro`), so clearing one clears both.
 */
export function archiveCacheDir(
  root: string = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): string {
  return archiveSettings(env, root).cacheDir;
}
