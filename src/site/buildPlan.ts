// The plan of the `npm run build` this Astro build runs under (src/io/buildPlan/), read once from
// the file `ARCHIVE_BUILD_PLAN` names; none under `astro dev` or a plain `astro build`.
import type { BuildPlan } from "../io/buildPlan/buildPlan.ts";
import { readBuildPlan } from "../io/buildPlan/planFile.ts";
import { archiveSettings } from "../io/settings.ts";

let plan: { value: BuildPlan | undefined } | undefined;

/** The build's plan, or undefined when Astro runs on its own (dev server, plain `astro build`). */
export function buildPlan(): BuildPlan | undefined {
  if (!plan) {
    const file = __ARCHIVE_DEV_SERVER__ ? undefined : archiveSettings().buildPlan;
    plan = { value: file ? readBuildPlan(file) : undefined };
  }
  return plan.value;
}

/** True when `npm run build` writes this route's pages in its page workers, so Astro lists none of them. */
export function writtenByWorkers(route: string): boolean {
  return buildPlan()?.pages.routes.includes(route) ?? false;
}
