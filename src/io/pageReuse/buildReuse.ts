import path from "node:path";
import type { ReusePlan } from "../buildPlan/buildPlan.ts";
import { linkReusedPages } from "./linkReused.ts";
import { randomUUID } from "node:crypto";
import { readPageRecord, readRouteManifests, writeSiteManifest, type RouteManifest } from "./manifest.ts";
import { siteStamp } from "./siteStamp.ts";
import { pageFingerprint, untouchedPages } from "./pageFingerprint.ts";

/** The record of the last site's pages (SiteManifest), in the cache folder. */
export const pageRecordFile = (cacheDir: string): string => path.join(cacheDir, "pages.json");

/** One safe build's side of page reuse: its part of the plan, and what to do once the pages are made. */
export interface BuildReuse {
  /**
   * The plan's page reuse for the page workers, given the site's code version and its data's
   * digest (known once the content is checked); its `previous` is set when pages may be taken
   * from the last site. Both are recorded with the pages for the next build.
   */
  planFor(version: string, siteDigest: string | undefined): ReusePlan;
  /** Whether pages may be taken from the last site. */
  reusing: boolean;
  /** Pages of the last site changed on disk since it was built: rendered again, not reused. */
  altered: number;
  /**
   * Once every page is made: links the reused pages into the new site; returns how many. Given the
   * last site's own folder (a site updated in place), there is nothing to link: they are there.
   */
  linkInto(site: string): number;
  /** Once every page is made: how many pages were kept from the last site. */
  reusedCount(): number;
  /** The page files of the last site (relative to it), when pages are taken from it; else none. */
  previousFiles(): string[];
  /**
   * Once every page is made: the file (relative to the site) of every page the page workers made
   * or kept, as their records name them, so the new site's pages are known without listing it.
   */
  pageFiles(): string[];
  /**
   * After the new site is in place: records its pages, and each file's fingerprint, for the next
   * build. Returns a warning instead of throwing when the record cannot be written (the site is
   * in place by then; the next build just renders every page).
   */
  record(): string | undefined;
  /** Once recorded: the generation of the record written (SiteManifest.generation), if it was. */
  generation(): string | undefined;
}

/**
 * Page reuse for a build of `final` (the site folder), whose page makers record each route's pages
 * in `manifestDir` (a folder of this build's own), keeping the site's record in `cacheDir`. With
 * `full`, every page is rendered (and recorded). It reads the last site's record and checks its
 * pages on disk (a second for a large site): a build does it while its content is being checked.
 */
export function buildReuse(options: {
  final: string;
  manifestDir: string;
  cacheDir: string;
  full: boolean;
}): BuildReuse {
  const manifestFile = pageRecordFile(options.cacheDir);
  const previous = options.full ? undefined : readPageRecord(manifestFile);
  const reusing =
    previous !== undefined && previous.site === options.final && previous.stamp === siteStamp(options.final);
  let previousSite: ReusePlan["previous"];
  // The pages still as they were written; the rest (a defaced or damaged file) are rendered again.
  // Next to the record, in the cache folder (builds of one site never overlap: see buildLock.ts).
  const trustedFile = path.join(options.cacheDir, "pages.trusted.json");
  let altered = 0;
  // Each trusted page's fingerprint, checked just now: a page linked into the new site keeps it.
  let trustedPrints: Record<string, string> = {};
  if (reusing && previous) {
    const checked = untouchedPages(previous);
    altered = checked.altered;
    trustedPrints = previous.files ?? {};
    // The page workers need only the digests (and the bodies the pages were made with).
    const { site, stamp, pages, bodies } = checked.manifest;
    writeSiteManifest(trustedFile, { site, stamp, pages, bodies });
    previousSite = { site: options.final, manifest: trustedFile };
  }
  let manifests: RouteManifest[] | undefined;
  const routeManifests = (): RouteManifest[] => (manifests ??= readRouteManifests(options.manifestDir));
  const reusedCount = (): number =>
    routeManifests().reduce((sum, manifest) => sum + manifest.pages.filter((page) => page.reused).length, 0);
  // Set once the reused pages are linked: those not copied are the last site's files themselves.
  let linked: { copied: ReadonlySet<string> } | undefined;
  const printOf = (file: string, reused: boolean): string | undefined => {
    const trusted = reused && linked && !linked.copied.has(file) ? trustedPrints[file] : undefined;
    return trusted ?? pageFingerprint(path.join(options.final, file));
  };
  let built: { version: string; siteDigest: string | undefined } | undefined;
  let generation: string | undefined;
  return {
    planFor: (version, siteDigest) => {
      built = { version, siteDigest };
      return {
        version,
        manifestDir: options.manifestDir,
        previous: previousSite,
        siteUnchanged:
          previousSite !== undefined &&
          siteDigest !== undefined &&
          previous?.version === version &&
          previous.siteDigest === siteDigest,
      };
    },
    reusing: previousSite !== undefined,
    altered,
    linkInto: (site) => {
      if (!previousSite) return 0;
      if (path.resolve(site) === path.resolve(options.final)) {
        linked = { copied: new Set() };
        return reusedCount();
      }
      const done = linkReusedPages(routeManifests(), options.final, site);
      linked = { copied: new Set(done.copied) };
      return done.kept;
    },
    reusedCount,
    previousFiles: () => (reusing && previous ? Object.keys(previous.pages) : []),
    pageFiles: () => routeManifests().flatMap((manifest) => manifest.pages.map((page) => page.file)),
    record: () => {
      const stamp = siteStamp(options.final);
      if (!stamp) return undefined;
      const pages: Record<string, string> = {};
      const files: Record<string, string> = {};
      const bodies: Record<string, string> = {};
      for (const manifest of routeManifests()) {
        for (const page of manifest.pages) {
          pages[page.file] = page.digest;
          if (page.body !== undefined) bodies[page.file] = page.body;
          const print = printOf(page.file, page.reused);
          if (print) files[page.file] = print;
        }
      }
      try {
        const named = randomUUID();
        writeSiteManifest(manifestFile, {
          site: options.final,
          stamp,
          pages,
          files,
          bodies,
          ...built,
          generation: named,
        });
        generation = named;
        return undefined;
      } catch (error) {
        // The old record, if any, names the old site's stamp: the next build will not trust it.
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return `the page-reuse record could not be written to ${manifestFile} (${reason}): the next build renders every page`;
      }
    },
    generation: () => generation,
  };
}
