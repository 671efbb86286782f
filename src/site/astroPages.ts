// Which pages of a worker route (src/lib/site/workerRoutes.ts) Astro renders: none under
// `npm run build`, whose page workers write them (and keep the unchanged ones: src/io/pageReuse/),
// and which gives Astro no whole archive to list them from; every one under `astro dev` and a
// plain `astro build`.
import { allPages, type WorkerRoute } from "../lib/site/workerRoutes.ts";
import { writtenByWorkers } from "./buildPlan.ts";
import { siteData } from "./data.ts";

/**
 * The pages of `route` for Astro's getStaticPaths: none when the build's page workers write the
 * route, else every page of the site, each model made once.
 */
export async function astroPages<Model>(
  route: WorkerRoute<Model>,
): Promise<{ params: Record<string, string | undefined>; props: Model }[]> {
  if (writtenByWorkers(route.route)) return [];
  const site = await siteData();
  return allPages(route.pages(site)).map(({ params, props }) => ({ params, props }));
}
