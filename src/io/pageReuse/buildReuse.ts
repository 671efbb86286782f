import path from "node:path";
import type { ReusePlan } from "../buildPlan/buildPlan.ts";
import { linkReusedPages } from "./linkReused.ts";
import { readRouteManifests, readSiteManifest, writeSiteManifest } from "./manifest.ts";
import { siteStamp } from "./siteStamp.ts";
import { fingerprintPages, untouchedPages } from "./pageFingerprint.ts";

/** One safe build's side of page reuse: its part of the plan, and what to do once the pages are made. */
export interface BuildReuse {
  /** The plan's page reuse, for the page workers; `previous` is set when pages may be taken from the last site. */
  plan: ReusePlan;
  /** Pages of the last site changed on disk since it was built: rendered again, not reused. */
  altered: number;
  /** Once every page is made: links the reused pages into the new site; returns how many. */
  linkInto(site: string): number;
  /**
   * After the new site is in place: records its pages, and each file's fingerprint, for the next
   * build. Returns a warning instead of throwing when the record cannot be written (the site is
   * in place by then; the next build just renders every page).
   */
  record(): string | undefined;
}

/**
 * Page reuse for a build of `final` (the site folder), whose page makers record each route's pages
 * in `manifestDir` (a folder of this build's own), keeping the site's record in `cacheDir`. Pages
 * are digested with `version` (the site's code and identity). With `full`, every page is rendered
 * (and recorded).
 */
export function buildReuse(options: {
  final: string;
  manifestDir: string;
  cacheDir: string;
  full: boolean;
  version: string;
}): BuildReuse {
  const manifestFile = path.join(options.cacheDir, "pages.json");
  const previous = readSiteManifest(manifestFile);
  const reusing =
    !options.full &&
    previous !== undefined &&
    previous.site === options.final &&
    previous.stamp === siteStamp(options.final);
  const plan: ReusePlan = { version: options.version, manifestDir: options.manifestDir };
  // The pages still as they were written; the rest (a defaced or damaged file) are rendered again.
  // Next to the record, in the cache folder (builds of one site never overlap: see buildLock.ts).
  const trustedFile = path.join(options.cacheDir, "pages.trusted.json");
  let altered = 0;
  if (reusing && previous) {
    const checked = untouchedPages(previous);
    altered = checked.altered;
    writeSiteManifest(trustedFile, checked.manifest);
    plan.previous = { site: options.final, manifest: trustedFile };
  }
  return {
    plan,
    altered,
    linkInto: (site) =>
      plan.previous ? linkReusedPages(readRouteManifests(options.manifestDir), options.final, site) : 0,
    record: () => {
      const stamp = siteStamp(options.final);
      if (!stamp) return undefined;
      const pages: Record<string, string> = {};
      for (const manifest of readRouteManifests(options.manifestDir)) {
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
  };
}
