// The site's data, loaded once per build and shared by every page (src/io/loadSite.ts): under
// `npm run build`, from the file its plan names. In dev it is loaded again whenever a file in the
// content folder changes, and a content error leaves the last good archive on the pages
// (src/site/devContent.ts).
import { loadSiteData } from "../io/loadSite.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { buildPlan } from "./buildPlan.ts";
import { devSite } from "./devContent.ts";

let cached: Promise<SiteIndex> | undefined;

/** Every collection in archive order with its lookups; built once per build (in dev, again after a content change). */
export function siteData(): Promise<SiteIndex> {
  if (__ARCHIVE_DEV_SERVER__) return Promise.resolve(devSite().value);
  if (!cached) {
    const data = new Promise<SiteIndex>((resolve) =>
      resolve(loadSiteData(buildPlan()?.siteData, (line) => console.warn(line))),
    );
    cached = data;
    // A failed load is not kept: the next request tries again.
    data.catch(() => {
      if (cached === data) cached = undefined;
    });
  }
  return cached;
}
