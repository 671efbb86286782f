import path from "node:path";
import type { BuildFolders } from "../buildPlan/buildPlan.ts";
import { archiveSettings } from "../settings.ts";

/** The folders one safe build works with (src/io/buildPlan/buildPlan.ts says what each is for). */
export type OutputFolders = BuildFolders;

/** True when Astro, run in `cwd`, writes straight into `dir` (its own test: the path starts with the folder). */
export function astroWritesDirectly(cwd: string, dir: string): boolean {
  return path.resolve(cwd, dir).startsWith(path.resolve(cwd) + path.sep);
}

/**
 * Resolves the folders of a build from the environment, the working folder and the process id. The
 * new site and the scratch folder lie next to the final one, so the swap is a rename. Astro builds an
 * output folder outside its working folder through the project's `.astro/` folder and copies all of
 * that folder into the site (its content modules, and a failed build's manifests with absolute
 * paths): for such a site, Astro writes into `dist.tmp-<pid>` in the project, moved once built.
 */
export function outputFolders(env: Record<string, string | undefined>, cwd: string, pid: number): OutputFolders {
  const final = archiveSettings(env, cwd).outDir;
  const sibling = (label: string): string => path.join(path.dirname(final), `${path.basename(final)}.${label}-${pid}`);
  const site = sibling("tmp");
  const astro = astroWritesDirectly(cwd, site) ? site : path.join(cwd, `dist.tmp-${pid}`);
  return { final, site, aside: sibling("old"), astro, work: sibling("work") };
}
