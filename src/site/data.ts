// The site's data for Astro's routes. Under `npm run build` Astro renders only the one-off pages and
// the feeds, from the small file of their models the build's plan names (src/lib/site/oncePages.ts);
// the page workers write every other page. Under `astro dev` and a plain `astro build` everything
// is made from the whole archive (src/io/loadSite.ts); in dev it is loaded again whenever a file in
// the content folder changes, and a content error leaves the last good archive on the pages
// (src/site/devContent.ts).
import { readOncePages } from "../io/siteDataFile.ts";
import { loadSiteIndex } from "../io/loadSite.ts";
import { oncePagesOf, type OncePages } from "../lib/site/oncePages.ts";
import type { SiteConfig } from "../lib/schemas/site.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { buildPlan } from "./buildPlan.ts";
import { devSite } from "./devContent.ts";

/** A promise kept once made, but not when it failed: the next call tries again. */
function keptUnlessFailed<T>(make: () => T | Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!cached) {
      const made = new Promise<T>((resolve) => resolve(make()));
      cached = made;
      made.catch(() => {
        if (cached === made) cached = undefined;
      });
    }
    return cached;
  };
}

const wholeSite = keptUnlessFailed(() => {
  if (buildPlan()) {
    // The build's page workers render every page that needs the whole archive; a route that asks
    // for it here would load all of it into Astro's process for nothing.
    throw new Error("under `npm run build`, Astro's routes render from the one-off pages' data, not the whole site");
  }
  return loadSiteIndex((line) => console.warn(line));
});

/** Every collection in archive order with its lookups (not under `npm run build`: see {@link oncePages}). */
export function siteData(): Promise<SiteIndex> {
  if (__ARCHIVE_DEV_SERVER__) return Promise.resolve(devSite().value);
  return wholeSite();
}

const builtOncePages = keptUnlessFailed(() => {
  const file = buildPlan()?.oncePages;
  return file ? readOncePages(file) : siteData().then(oncePagesOf);
});

let devOncePages: { site: SiteIndex; pages: OncePages } | undefined;

/** The one-off pages' models and the feeds: from the build's file, else made from the whole site (in dev, again after a content change). */
export function oncePages(): Promise<OncePages> {
  if (__ARCHIVE_DEV_SERVER__) {
    const site = devSite().value;
    if (devOncePages?.site !== site) devOncePages = { site, pages: oncePagesOf(site) };
    return Promise.resolve(devOncePages.pages);
  }
  return builtOncePages();
}

/** The site's identity (site.yaml, with `ARCHIVE_SITE_URL` applied), which every page is written with. */
export async function siteConfig(): Promise<SiteConfig> {
  return (await oncePages()).siteConfig;
}
