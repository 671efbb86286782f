// The site's data, loaded once per build and shared by every page (src/io/loadSite.ts). In dev it
// is loaded again whenever a file in the content folder changes, and a content error leaves the
// last good archive on the pages (src/site/devContent.ts).
import { loadSiteData } from "../io/loadSite.ts";
import { rendersSplitOnly } from "../io/safeBuild/renderSplit.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { devSite } from "./devContent.ts";

let cached: Promise<SiteIndex> | undefined;

/** Every collection in archive order with its lookups; built once per build (in dev, again after a content change). */
export function siteData(): Promise<SiteIndex> {
  if (__ARCHIVE_DEV_SERVER__) return Promise.resolve(devSite().value);
  if (!cached) {
    // The archive's report (warnings, cache use) comes once: not from a split build's quote-page process.
    const print = rendersSplitOnly(process.env) ? undefined : (line: string) => console.warn(line);
    const data = loadSiteData(print);
    cached = data;
    // A failed load is not kept: the next request tries again.
    data.catch(() => {
      if (cached === data) cached = undefined;
    });
  }
  return cached;
}
