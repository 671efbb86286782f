// The archive as `astro dev` shows it while an editor works on the content folder. It is read again
// whenever a file there changes; when it has a content error the pages keep showing the last
// content that loaded without one (an empty archive before any did), and every page names the
// error in a banner (src/lib/site/html/devBanner.ts). Nothing here runs in a build, where any
// content error fails the build.
import { contentFingerprint } from "../io/contentFingerprint.ts";
import { loadSiteIndex } from "../io/loadSite.ts";
import { contentDirFromEnv } from "../io/settings.ts";
import { devBannerHtml } from "../lib/site/html/devBanner.ts";
import { lastGoodContent, type LoadedContent } from "../lib/site/lastGood.ts";
import { buildSiteIndex, type SiteIndex } from "../lib/site/siteIndex.ts";

/** An archive with nothing in it, shown until the content folder first loads without an error. */
export function emptySiteIndex(): SiteIndex {
  return buildSiteIndex({ articles: [], quotes: [], policies: [], speakers: [], topics: [] });
}

let reported: string | undefined;

const site = lastGoodContent(() => loadSiteIndex((line) => console.warn(line)), emptySiteIndex);

/** The archive the dev server shows now, and the content error it is shown despite (logged once per change). */
export function devSite(): LoadedContent<SiteIndex> {
  const loaded = site.get(contentFingerprint(contentDirFromEnv()));
  if (loaded.error && reported !== loaded.fingerprint) {
    reported = loaded.fingerprint;
    const shown = loaded.hasGoodContent
      ? "the pages show the last content without errors"
      : "the pages show an empty archive";
    console.error(`${loaded.error.message}\n(${shown} until this is fixed)`);
  }
  return loaded;
}

/** The banner naming the content folder's current error, as markup; empty when it has none. */
export function devContentBanner(): string {
  const { error, hasGoodContent } = devSite();
  return error ? String(devBannerHtml(error.problems, hasGoodContent)) : "";
}
