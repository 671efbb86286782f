import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { SETTING_VARIABLES } from "../settings.ts";
import { runPageWorkers, type PageWorkResult } from "../pageRender/pageWorkers.ts";
import { runAstroBuild, type AstroExit } from "./runAstroBuild.ts";

/** How the rendering ended: Astro's exit, the page workers' totals, and how long each took. */
export interface RenderResult {
  astro: AstroExit;
  astroSeconds: number;
  pages: PageWorkResult;
  pagesSeconds: number;
}

/**
 * Renders the site as `plan` says, on every core: one `astro build` (the site's layouts, lists,
 * feeds, search page, data files and assets: about one page in ten) pointed at the plan file
 * `planFile`, and at the same time the page workers writing the rest. `searchIndexed` is the
 * content worker's search index, made meanwhile. When a worker or the index fails, Astro is stopped
 * and the error thrown; an Astro failure is reported in the result.
 */
export async function renderSite(options: {
  plan: BuildPlan;
  planFile: string;
  env: Record<string, string | undefined>;
  searchIndexed: Promise<number>;
  now(): number;
  onProgress(done: number, total: number): void;
}): Promise<RenderResult> {
  const { plan, now } = options;
  const started = now();
  const stop = new AbortController();
  let astroSeconds = 0;
  let pagesSeconds = 0;
  const astro = runAstroBuild({
    cwd: plan.projectRoot,
    env: { ...options.env, [SETTING_VARIABLES.buildPlan]: options.planFile },
    signal: stop.signal,
  }).then((exit) => {
    astroSeconds = (now() - started) / 1000;
    return exit;
  });
  const pages = runPageWorkers(plan, options.onProgress, stop.signal).then((result) => {
    pagesSeconds = (now() - started) / 1000;
    return result;
  });
  try {
    const [pageResult] = await Promise.all([pages, options.searchIndexed]);
    return { astro: await astro, astroSeconds, pages: pageResult, pagesSeconds };
  } catch (error) {
    stop.abort();
    await astro;
    throw error;
  }
}
