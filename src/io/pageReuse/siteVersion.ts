import { sourcesHash } from "../codeVersion.ts";

/** What, besides a page's own data, decides what a page looks like: the site's code and settings. */
const SOURCES = ["src", "public", "astro.config.mjs", "package-lock.json"];

/**
 * A fingerprint of everything that shapes every page: the site's code (`src/`, `public/`, the Astro
 * config, the lockfile) and its public origin. A page whose data is unchanged is reused only when
 * this is unchanged too, so editing a layout or a component renders every page again.
 */
export function siteCodeVersion(projectRoot: string, origin: string): string {
  return sourcesHash(projectRoot, SOURCES, origin);
}
