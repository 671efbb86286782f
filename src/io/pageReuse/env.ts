import path from "node:path";

/** How `npm run build` tells the Astro build which pages it may take from the last site. */
export interface PageReuseSettings {
  /** Where this build writes its route manifests (`ARCHIVE_PAGES_DIR`); none: nothing is recorded. */
  manifestDir?: string | undefined;
  /** The last good site (`ARCHIVE_REUSE_FROM`); none: every page is rendered. */
  previousSite?: string | undefined;
  /** The manifest of that site (`ARCHIVE_REUSE_MANIFEST`). */
  previousManifest?: string | undefined;
}

/** The environment variables behind {@link PageReuseSettings}. */
export const PAGE_REUSE_ENV = {
  manifestDir: "ARCHIVE_PAGES_DIR",
  previousSite: "ARCHIVE_REUSE_FROM",
  previousManifest: "ARCHIVE_REUSE_MANIFEST",
} as const;

/** Reads the page-reuse settings from an environment. */
export function pageReuseSettings(env: Record<string, string | undefined>): PageReuseSettings {
  const resolved = (name: string): string | undefined => {
    const value = env[name];
    return value ? path.resolve(value) : undefined;
  };
  return {
    manifestDir: resolved(PAGE_REUSE_ENV.manifestDir),
    previousSite: resolved(PAGE_REUSE_ENV.previousSite),
    previousManifest: resolved(PAGE_REUSE_ENV.previousManifest),
  };
}
