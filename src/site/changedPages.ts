// Which pages of a route this Astro build renders. Under `npm run build` every page's digest (the
// site's code version and the page's own model) is recorded; a page whose digest is unchanged since
// the last build and whose file is still in the last good site is not rendered again: the build links
// it over (src/io/pageReuse/). The routes the build's page workers write (src/lib/site/workerRoutes.ts)
// are not rendered by Astro at all. A plain `astro build`, or `astro dev`, renders every page.
import { writeRouteManifest, type PageRecord } from "../io/pageReuse/manifest.ts";
import { pageDigest } from "../io/pageReuse/pageDigest.ts";
import { reuseCheck, type ReuseCheck } from "../io/pageReuse/reuseCheck.ts";
import { pageFileOf } from "../lib/site/pageFile.ts";
import { buildPlan, writtenByWorkers } from "./buildPlan.ts";

/** A page as a route's getStaticPaths lists it, with the URL it is reached at. */
export interface PageEntry<Props> {
  params: Record<string, string | undefined>;
  /** Everything the page renders from: it must not read anything else that can change. */
  props: Props;
  /** The page's URL path (from src/lib/exports/paths.ts). */
  url: string;
}

let reused: ReuseCheck | undefined;

/**
 * The pages of `route` this build must render: all of them, unless `npm run build`'s plan names a
 * last good site, in which case the unchanged pages are left out (and recorded as reused); none when
 * the plan has the page workers write the route. `entries` may be a function, called only when needed.
 */
export async function changedPages<Props>(
  route: string,
  entries: readonly PageEntry<Props>[] | (() => readonly PageEntry<Props>[]),
): Promise<{ params: Record<string, string | undefined>; props: Props }[]> {
  const plan = buildPlan();
  if (plan && writtenByWorkers(route)) return [];
  const listed = typeof entries === "function" ? entries() : entries;
  if (!plan) return listed.map(({ params, props }) => ({ params, props }));
  reused ??= reuseCheck(plan.reuse);
  const records: PageRecord[] = [];
  const render: { params: Record<string, string | undefined>; props: Props }[] = [];
  for (const { params, props, url } of listed) {
    const file = pageFileOf(url);
    const digest = pageDigest(plan.reuse.version, file, props);
    const isReused = reused(file, digest);
    records.push({ file, url, digest, reused: isReused });
    if (!isReused) render.push({ params, props });
  }
  writeRouteManifest(plan.reuse.manifestDir, { route, pages: records });
  return render;
}
