// The floor of a row: bare Astro building as many trivial pages as our site wrote (scripts/bench/floor.ts),
// or, when that is asked for or fails, fewer pages with the time per page carried over.
import { clearBuild } from "./clearBuild.ts";
import { writeFloorProject } from "./floor.ts";
import { measureBuild, type BuildMeasurement } from "./measureBuild.ts";

/** Pages a floor is measured at when one at the site's page count failed. */
export const FALLBACK_FLOOR_PAGES = 150_000;

/**
 * Above this many pages a floor build gets an 8 GB heap (V8's default here is about 4 GB): the floor
 * should show what Astro costs, not where V8's default stops it.
 */
const LARGE_HEAP_ABOVE_PAGES = 200_000;

/** A measured floor. */
export interface FloorResult {
  /** The site's page count the floor stands for. */
  pages: number;
  /** Pages the floor project had: fewer when measured smaller and scaled per page. */
  measuredPages: number;
  /** Why it was measured at fewer pages; null when at the same count. */
  scaledBecause: string | null;
  /** The floor build as measured (at `measuredPages`). */
  build: BuildMeasurement;
  /** Wall milliseconds per page of the floor build. */
  msPerPage: number;
}

async function floorAt(pages: number, measuredPages: number, scaledBecause: string | null): Promise<FloorResult> {
  const project = writeFloorProject(measuredPages);
  clearBuild(project.folders);
  try {
    const build = await measureBuild({
      cwd: project.root,
      env: project.env,
      outDir: project.folders.outDir,
      logFile: project.folders.logFile,
      nodeArgs: measuredPages > LARGE_HEAP_ABOVE_PAGES ? ["--max-old-space-size=8192"] : [],
    });
    return { pages, measuredPages, scaledBecause, build, msPerPage: (build.seconds * 1000) / build.htmlPages };
  } finally {
    // Its pages are of no further use: moved aside now, deleted when the benchmark ends.
    clearBuild(project.folders);
  }
}

/**
 * The floor for a site of `pages` pages: measured at the same count, or at `maxPages` when fewer
 * (then scaled per page), or at FALLBACK_FLOOR_PAGES when the full-size floor build fails.
 */
export async function measureFloor(
  pages: number,
  maxPages: number | null,
  onProgress: (message: string) => void,
): Promise<FloorResult> {
  const capped = maxPages !== null && maxPages < pages;
  const measured = capped ? maxPages : pages;
  onProgress(`floor build of ${measured} trivial pages${capped ? ` (--floor-pages; the site has ${pages})` : ""}`);
  try {
    return await floorAt(pages, measured, capped ? `--floor-pages ${maxPages}` : null);
  } catch (error) {
    if (measured <= FALLBACK_FLOOR_PAGES) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    onProgress(`floor build of ${measured} pages failed (${reason}): measuring ${FALLBACK_FLOOR_PAGES} and scaling`);
    return floorAt(pages, FALLBACK_FLOOR_PAGES, `the floor at ${measured} pages failed: ${reason}`);
  }
}
