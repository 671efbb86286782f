import { rmSync } from "node:fs";
import path from "node:path";
import { PAGE_REUSE_ENV } from "./env.ts";
import { linkReusedPages } from "./linkReused.ts";
import { readRouteManifests, readSiteManifest, writeSiteManifest } from "./manifest.ts";
import { siteStamp } from "./siteStamp.ts";

/** One safe build's side of page reuse: what to tell Astro, and what to do once it has finished. */
export interface BuildReuse {
  /** Environment for the Astro build. */
  env: Record<string, string>;
  /** True when pages may be taken from the last site (it exists and has a matching manifest). */
  reusing: boolean;
  /** After a successful Astro build: links the reused pages into the new site; returns how many. */
  linkInto(site: string): number;
  /** After the new site is in place: records its pages for the next build. */
  record(): void;
  /** Removes this build's scratch folder. */
  cleanUp(): void;
}

/**
 * Page reuse for a build of `final` (the site folder) through `scratch` (a folder of its own),
 * keeping the manifest in `cacheDir`. With `full`, every page is rendered (and recorded).
 */
export function buildReuse(options: { final: string; scratch: string; cacheDir: string; full: boolean }): BuildReuse {
  const manifestFile = path.join(options.cacheDir, "pages.json");
  const previous = readSiteManifest(manifestFile);
  const reusing =
    !options.full &&
    previous !== undefined &&
    previous.site === options.final &&
    previous.stamp === siteStamp(options.final);
  const env: Record<string, string> = { [PAGE_REUSE_ENV.manifestDir]: options.scratch };
  if (reusing) {
    env[PAGE_REUSE_ENV.previousSite] = options.final;
    env[PAGE_REUSE_ENV.previousManifest] = manifestFile;
  }
  return {
    env,
    reusing,
    linkInto: (site) => (reusing ? linkReusedPages(readRouteManifests(options.scratch), options.final, site) : 0),
    record: () => {
      const stamp = siteStamp(options.final);
      if (!stamp) return;
      const pages: Record<string, string> = {};
      for (const manifest of readRouteManifests(options.scratch)) {
        for (const page of manifest.pages) pages[page.file] = page.digest;
      }
      writeSiteManifest(manifestFile, { site: options.final, stamp, pages });
    },
    cleanUp: () => rmSync(options.scratch, { recursive: true, force: true }),
  };
}
