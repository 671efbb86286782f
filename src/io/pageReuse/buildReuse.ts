import { rmSync } from "node:fs";
import path from "node:path";
import { PAGE_REUSE_ENV } from "./env.ts";
import { linkReusedPages } from "./linkReused.ts";
import { readRouteManifests, readSiteManifest, writeSiteManifest } from "./manifest.ts";
import { siteStamp } from "./siteStamp.ts";
import { fingerprintPages, untouchedPages } from "./pageFingerprint.ts";

/** One safe build's side of page reuse: what to tell Astro, and what to do once it has finished. */
export interface BuildReuse {
  /** Environment for the Astro build. */
  env: Record<string, string>;
  /** True when pages may be taken from the last site (it exists and has a matching manifest). */
  reusing: boolean;
  /** Pages of the last site changed on disk since it was built: rendered again, not reused. */
  altered: number;
  /** After a successful Astro build: links the reused pages into the new site; returns how many. */
  linkInto(site: string): number;
  /**
   * After the new site is in place: records its pages, and each file's fingerprint, for the next
   * build. Returns a warning instead of throwing when the record cannot be written (the site is
   * in place by then; the next build just renders every page).
   */
  record(): string | undefined;
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
  // The pages still as they were written; the rest (a defaced or damaged file) are rendered again.
  // Next to the record, in the cache folder (builds of one site never overlap: see buildLock.ts).
  const trustedFile = path.join(options.cacheDir, "pages.trusted.json");
  let altered = 0;
  if (reusing && previous) {
    const checked = untouchedPages(previous);
    altered = checked.altered;
    writeSiteManifest(trustedFile, checked.manifest);
    env[PAGE_REUSE_ENV.previousSite] = options.final;
    env[PAGE_REUSE_ENV.previousManifest] = trustedFile;
  }
  return {
    env,
    reusing,
    altered,
    linkInto: (site) => (reusing ? linkReusedPages(readRouteManifests(options.scratch), options.final, site) : 0),
    record: () => {
      const stamp = siteStamp(options.final);
      if (!stamp) return undefined;
      const pages: Record<string, string> = {};
      for (const manifest of readRouteManifests(options.scratch)) {
        for (const page of manifest.pages) pages[page.file] = page.digest;
      }
      const files = fingerprintPages(options.final, Object.keys(pages));
      try {
        writeSiteManifest(manifestFile, { site: options.final, stamp, pages, files });
        return undefined;
      } catch (error) {
        // The old record, if any, names the old site's stamp: the next build will not trust it.
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return `the page-reuse record could not be written to ${manifestFile} (${reason}): the next build renders every page`;
      }
    },
    cleanUp: () => rmSync(options.scratch, { recursive: true, force: true }),
  };
}
