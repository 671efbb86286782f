// Which pages of a route this build renders. `npm run build` records every page's digest (the
// site's code version and the page's own data); on the next build a page whose digest is the same
// and whose file is still in the last good site is not rendered again: the build copies it over.
// A plain `astro build` (no settings in the environment) renders every page.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { pageReuseSettings } from "../io/pageReuse/env.ts";
import { pagesToRender, rendersRoute, splitPart } from "../io/safeBuild/renderSplit.ts";
import { readSiteManifest, writeRouteManifest, type PageRecord } from "../io/pageReuse/manifest.ts";
import { siteCodeVersion } from "../io/pageReuse/siteVersion.ts";
import { pageFileOf } from "../lib/site/pageFile.ts";
import type { SiteConfig } from "../lib/schemas/site.ts";
import { siteData } from "./data.ts";

/** A page as a route's getStaticPaths lists it, with the URL it is reached at. */
export interface PageEntry<Props> {
  params: Record<string, string | undefined>;
  /** Everything the page renders from: it must not read anything else that can change. */
  props: Props;
  /** The page's URL path (from src/lib/exports/paths.ts). */
  url: string;
}

let state: { version: string; previous: Record<string, string> } | undefined;

function reuseState(siteConfig: SiteConfig, previousManifest: string | undefined, previousSite: string | undefined) {
  if (!state) {
    const manifest = previousManifest ? readSiteManifest(previousManifest) : undefined;
    state = {
      // The site's identity (name, origin, licence…) is on every page: a change to it renders them all.
      version: siteCodeVersion(process.cwd(), JSON.stringify(siteConfig)),
      previous: manifest && previousSite && manifest.site === previousSite ? manifest.pages : {},
    };
  }
  return state;
}

/**
 * The pages of `route` this build must render: all of them, unless `npm run build` passed a last
 * good site and its manifest, in which case the unchanged pages are left out (and recorded as reused).
 * In a split build, only this process's part of them.
 */
export async function changedPages<Props>(
  route: string,
  entries: readonly PageEntry<Props>[] | (() => readonly PageEntry<Props>[]),
): Promise<{ params: Record<string, string | undefined>; props: Props }[]> {
  // In a split build each process renders its part (src/io/safeBuild/renderSplit.ts); a process
  // with no part of this route does not even list its pages (a function of `entries` is not called).
  const listed = !rendersRoute(route, process.env) ? [] : typeof entries === "function" ? entries() : entries;
  const part = listed.slice(...pagesToRender(route, listed.length, process.env));
  const settings = pageReuseSettings(process.env);
  if (!settings.manifestDir || __ARCHIVE_DEV_SERVER__) return part.map(({ params, props }) => ({ params, props }));
  const { siteConfig } = await siteData();
  const { version, previous } = reuseState(siteConfig, settings.previousManifest, settings.previousSite);
  const records: PageRecord[] = [];
  const render: { params: Record<string, string | undefined>; props: Props }[] = [];
  for (const { params, props, url } of part) {
    const file = pageFileOf(url);
    const digest = createHash("sha1")
      .update(version)
      .update("\0")
      .update(file)
      .update("\0")
      // As UTF-16, which is how the engine holds Hangul already: no conversion to UTF-8 first.
      .update(JSON.stringify(props), "utf16le")
      .digest("base64");
    const reused =
      previous[file] === digest &&
      settings.previousSite !== undefined &&
      existsSync(path.join(settings.previousSite, file));
    records.push({ file, url, digest, reused });
    if (!reused) render.push({ params, props });
  }
  writeRouteManifest(settings.manifestDir, { route, pages: records }, splitPart(process.env));
  return render;
}
