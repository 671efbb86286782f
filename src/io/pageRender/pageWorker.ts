// One of `npm run build`'s page workers: it reads the site's data the check wrote, and writes pages
// of the worker routes (src/lib/site/workerRoutes.ts), taking the next few from a counter shared with
// the other workers until none are left: each page is made from its model and written at once, so
// nothing but the site's data is held. Unchanged pages are left to be
// linked from the last site (src/io/pageReuse/), and every page is recorded for the next build.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { documentHtml, documentParts } from "../../lib/site/html/document.ts";
import { pageFileOf } from "../../lib/site/pageFile.ts";
import { WORKER_ROUTES } from "../../lib/site/workerRoutes.ts";
import { writeRouteManifest, type PageRecord } from "../pageReuse/manifest.ts";
import { pageDigest } from "../pageReuse/pageDigest.ts";
import { reuseCheck } from "../pageReuse/reuseCheck.ts";
import { articleBodyReader, readBodyPlaces } from "../articleBodies.ts";
import { readSiteData } from "../siteDataFile.ts";
import { buildPageContext } from "./pageContext.ts";
import { folderMaker } from "../folderMaker.ts";

/** What a page worker is given: the build's plan, its number, and the counter the workers take pages by. */
export interface PageJob {
  plan: BuildPlan;
  /** This worker's number, from 0: it names its share of the page record. */
  shard: number;
  /**
   * The running number of the next page no worker has taken yet (an Int32Array over it, shared by
   * all workers): each takes the next {@link BATCH} pages at a time, so a worker started late, or
   * slowed by another thread, simply takes fewer.
   */
  next: SharedArrayBuffer;
}

/** What a page worker reports: progress now and then, and its totals at the end. */
export type PageMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; rendered: number; reused: number; asRecorded: number };

/** How many pages a worker makes between two progress reports. */
const PROGRESS_EVERY = 5_000;

/** How many pages a worker takes at once: few enough that the last batches even out, enough that taking costs nothing. */
const BATCH = 64;

const { plan, shard, next } = workerData as PageJob;
const counter = new Int32Array(next);
const post = (message: PageMessage): void => parentPort?.postMessage(message);
const { site, bodiesApart } = await readSiteData(plan.siteData);
const bodies = bodiesApart ? readBodyPlaces(plan.articleBodies) : undefined;
const bodyReader = bodies ? articleBodyReader(plan.articleBodies, bodies) : undefined;
/** The digest of an article's body (none when the bodies are in the site's data itself). */
const bodyDigest = (id: string | undefined): string | undefined =>
  id === undefined ? undefined : bodies?.get(id)?.[3];
// Only the routes that show a body are given them: the others' pages depend on the site's data alone.
const siteWithBodies = { ...site, articleBody: bodyReader?.bodyOf };
const { context, origin } = buildPageContext(plan.projectRoot, site.siteConfig);
const reused = reuseCheck(plan.reuse);
const makeFolder = folderMaker();
// Every worker lists the same pages in the same order, so a running number names one page for all.
const routes = WORKER_ROUTES.filter((route) => plan.pages.routes.includes(route.route)).map((route) => ({
  route,
  pages: route.pages(route.readsBodies ? siteWithBodies : site),
  // When the site's data is as the last site was built from, such a page is as recorded (one that
  // shows a body, when that body is too).
  asRecorded: plan.reuse.siteUnchanged,
  records: [] as PageRecord[],
}));
const total = routes.reduce((sum, { pages }) => sum + pages.length, 0);
let rendered = 0;
let kept = 0;
let asRecorded = 0;
let routeIndex = 0;
let routeStart = 0;
for (let start = Atomics.add(counter, 0, BATCH); start < total; start = Atomics.add(counter, 0, BATCH)) {
  for (let running = start; running < Math.min(start + BATCH, total); running += 1) {
    // Batches are taken in rising order, so the route of a page is this one or a later one.
    while (running >= routeStart + (routes[routeIndex]?.pages.length ?? 0)) {
      routeStart += routes[routeIndex]?.pages.length ?? 0;
      routeIndex += 1;
    }
    const current = routes[routeIndex];
    const page = current?.pages.at(running - routeStart);
    if (!current || !page) throw new Error(`page ${running} of ${total} is in no route`);
    const file = pageFileOf(page.url);
    const body = current.route.readsBodies ? bodyDigest(page.params.id) : undefined;
    // A page that shows a body is as recorded only when that body is known to be the recorded one.
    const recorded =
      current.asRecorded && (body !== undefined || !current.route.readsBodies)
        ? reused.recorded(file, body)
        : undefined;
    if (recorded !== undefined) {
      current.records.push({ file, url: page.url, digest: recorded, reused: true, body });
      kept += 1;
      asRecorded += 1;
    } else {
      // Made once here, and let go once the page is written.
      const model = page.props;
      const digest = pageDigest(plan.reuse.version, file, model);
      const isReused = reused.matches(file, digest);
      current.records.push({ file, url: page.url, digest, reused: isReused, body });
      if (isReused) kept += 1;
      else {
        const target = path.join(plan.pages.outDir, file);
        // Every page has a folder of its own (its URL), so there is no folder to remember as made.
        makeFolder(path.dirname(target));
        writeFileSync(target, documentHtml(documentParts(current.route.render(model, origin), page.url, context)));
        rendered += 1;
      }
    }
    if ((rendered + kept) % PROGRESS_EVERY === 0) post({ kind: "progress", done: rendered + kept, total });
  }
}
for (const { route, records } of routes) {
  writeRouteManifest(plan.reuse.manifestDir, { route: route.route, pages: records }, `worker${shard}`);
}
bodyReader?.close();
post({ kind: "done", rendered, reused: kept, asRecorded });
