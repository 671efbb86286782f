import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { SETTING_VARIABLES } from "../settings.ts";
import { runPageWorkers, type PageWorkResult } from "../pageRender/pageWorkers.ts";
import { runAstroBuild, type AstroExit } from "./runAstroBuild.ts";

/** How the rendering ended: Astro's exit, the page workers' totals, and how long each took. */
export interface RenderResult {
  astro: AstroExit;
  astroSeconds: number;
  /** How long the content worker took to write the search index and the exports. */
  indexSeconds: number;
  pages: PageWorkResult;
  /** How long the page workers took, from the start of rendering. */
  pagesSeconds: number;
}

/**
 * Renders the site as `plan` says, on every core: one `astro build` (the pages that exist once,
 * the feeds, the search page's script, the stylesheet) pointed at the plan file `planFile`, unless
 * the plan takes Astro's share from the last site (`runAstro` false), and
 * beside it the page workers writing every other page, some at once and the rest once
 * `searchIndexed` (the content worker's search index and exports) has come. When a worker or the index fails,
 * Astro is stopped and the error thrown; an Astro failure is reported in the result.
 */
export async function renderSite(options: {
  plan: BuildPlan;
  planFile: string;
  env: Record<string, string | undefined>;
  searchIndexed: Promise<unknown>;
  now(): number;
  onProgress(done: number, total: number): void;
}): Promise<RenderResult> {
  const { plan, now } = options;
  const started = now();
  const stop = new AbortController();
  let astroSeconds = 0;
  let pagesSeconds = 0;
  const astro = plan.runAstro
    ? runAstroBuild({
        cwd: plan.projectRoot,
        env: { ...options.env, [SETTING_VARIABLES.buildPlan]: options.planFile },
        signal: stop.signal,
      }).then((exit) => {
        astroSeconds = (now() - started) / 1000;
        return exit;
      })
    : Promise.resolve<AstroExit>({ code: 0, signal: null });
  // The page workers hold the site's data, and so does the content worker while it makes the
  // search index and the exports: only `plan.pages.early` workers start beside it, the others once
  // it has ended, so there are never more copies of the data at once than page workers.
  let indexSeconds = 0;
  const indexed = options.searchIndexed.then(() => {
    indexSeconds = (now() - started) / 1000;
  });
  const pages = runPageWorkers(plan, { now: plan.pages.early, rest: indexed }, options.onProgress, stop.signal).then(
    (result) => {
      pagesSeconds = (now() - started) / 1000;
      return result;
    },
  );
  try {
    const [pageResult] = await Promise.all([pages, indexed]);
    return { astro: await astro, astroSeconds, indexSeconds, pages: pageResult, pagesSeconds };
  } catch (error) {
    stop.abort();
    await astro;
    throw error;
  }
}
