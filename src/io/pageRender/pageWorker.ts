// One of `npm run build`'s page workers: it reads the site's data the check wrote, and writes its
// share of the pages of the worker routes (src/lib/site/workerRoutes.ts): each page is made from its
// model and written at once, so nothing but the site's data is held. Unchanged pages are left to be
// linked from the last site (src/io/pageReuse/), and every page is recorded for the next build.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { documentHtml, documentParts, type PageContext } from "../../lib/site/html/document.ts";
import { pageFileOf } from "../../lib/site/pageFile.ts";
import { stylesheetHref } from "../../lib/site/stylesheet.ts";
import { WORKER_ROUTES } from "../../lib/site/workerRoutes.ts";
import { writeRouteManifest, type PageRecord } from "../pageReuse/manifest.ts";
import { pageDigest } from "../pageReuse/pageDigest.ts";
import { reuseCheck } from "../pageReuse/reuseCheck.ts";
import { readSiteData } from "../siteDataFile.ts";
import { readStylesheet } from "../stylesheet.ts";

/** What a page worker is given: the build's plan and which share of the pages is its own. */
export interface PageJob {
  plan: BuildPlan;
  /** This worker's number, from 0; it writes the pages whose running number modulo `shards` is this. */
  shard: number;
}

/** What a page worker reports: progress now and then, and its totals at the end. */
export type PageMessage =
  { kind: "progress"; done: number; total: number } | { kind: "done"; rendered: number; reused: number };

/** How many pages a worker makes between two progress reports. */
const PROGRESS_EVERY = 5_000;

const { plan, shard } = workerData as PageJob;
const shards = plan.pages.workers;
const post = (message: PageMessage): void => parentPort?.postMessage(message);
const { site } = readSiteData(plan.siteData);
const context: PageContext = { site: site.siteConfig, stylesheet: stylesheetHref(readStylesheet(plan.projectRoot)) };
// As Astro gives it to a page (`String(Astro.site)`), so both write the same bytes.
const origin = new URL(plan.origin).href;
const reused = reuseCheck(plan.reuse);
const routes = WORKER_ROUTES.filter((route) => plan.pages.routes.includes(route.route)).map((route) => ({
  route,
  pages: route.pages(site),
}));
const total = routes.reduce((sum, { pages }) => sum + pages.length, 0);
const madeFolders = new Set<string>();
let running = 0;
let rendered = 0;
let kept = 0;
for (const { route, pages } of routes) {
  const records: PageRecord[] = [];
  for (const page of pages) {
    running += 1;
    if (running % shards !== shard) continue;
    const file = pageFileOf(page.url);
    // Made once here, and let go once the page is written.
    const model = page.props;
    const digest = pageDigest(plan.reuse.version, file, model);
    const isReused = reused(file, digest);
    records.push({ file, url: page.url, digest, reused: isReused });
    if (isReused) kept += 1;
    else {
      const target = path.join(plan.pages.outDir, file);
      const folder = path.dirname(target);
      if (!madeFolders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        madeFolders.add(folder);
      }
      writeFileSync(target, documentHtml(documentParts(route.render(model, origin), page.url, context)));
      rendered += 1;
    }
    if ((rendered + kept) % PROGRESS_EVERY === 0) post({ kind: "progress", done: rendered + kept, total });
  }
  writeRouteManifest(plan.reuse.manifestDir, { route: route.route, pages: records }, `worker${shard}`);
}
post({ kind: "done", rendered, reused: kept });
