import { sourcesHash } from "../codeVersion.ts";

/** What, besides a page's own data, decides what a page looks like: the site's code and settings. */
const SOURCES = ["src", "public", "astro.config.mjs", "package-lock.json"];

/**
 * A fingerprint of everything that shapes every page: the site's code (`src/`, `public/`, the Astro
 * config, the lockfile) and the site's identity (`site.yaml` as this build reads it, origin
 * included, given as `siteSettings`). A page whose data is unchanged is reused only when this is
 * unchanged too, so editing a layout, a component or the site's name renders every page again.
 */
export function siteCodeVersion(projectRoot: string, siteSettings: string): string {
  return sourcesHash(projectRoot, SOURCES, siteSettings);
}
