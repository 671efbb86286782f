// Which pages of a worker route (src/lib/site/workerRoutes.ts) Astro renders: none under
// `npm run build`, whose page workers write them (and keep the unchanged ones: src/io/pageReuse/);
// every one under `astro dev` and a plain `astro build`.
import { writtenByWorkers } from "./buildPlan.ts";

/** A page as a route's getStaticPaths lists it. */
export interface PageEntry<Props> {
  params: Record<string, string | undefined>;
  /** Everything the page renders from: it must not read anything else that can change. */
  readonly props: Props;
}

/**
 * The pages of `route` for Astro's getStaticPaths: none when the build's page workers write the
 * route, else every page of `entries` (called only then), each model made once.
 */
export function astroPages<Props>(
  route: string,
  entries: () => readonly PageEntry<Props>[],
): { params: Record<string, string | undefined>; props: Props }[] {
  if (writtenByWorkers(route)) return [];
  return entries().map(({ params, props }) => ({ params, props }));
}
