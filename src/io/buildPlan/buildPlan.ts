// The decisions of one `npm run build`, made once by src/io/safeBuild/ and handed, as one value, to
// whoever needs them: the page workers get it as their data, the Astro build reads it from the file
// `ARCHIVE_BUILD_PLAN` names (src/io/buildPlan/planFile.ts).

/** The folders of one build: all but the final one are this build's own and are removed when it ends. */
export interface BuildFolders {
  /** Where the site lives (`ARCHIVE_OUT_DIR`, else `dist/`). */
  final: string;
  /** The new site, put together next to the final folder (`dist.tmp-<pid>`) so the swap is a rename. */
  site: string;
  /** Where the previous site waits during the swap (`dist.old-<pid>`). */
  aside: string;
  /** Where Astro writes: `site` when that lies inside the project, else a folder in the project. */
  astro: string;
  /** This build's scratch folder (`dist.work-<pid>`): the plan, the site's data, the worker pages, the search index and exports, the page record. */
  work: string;
}

/** Which pages may be taken from the last site (src/io/pageReuse/). */
export interface ReusePlan {
  /** The fingerprint of the site's code and identity: part of every page's digest. */
  version: string;
  /** Where this build records each route's pages. */
  manifestDir: string;
  /** The last good site and the record of its untouched pages; none: every page is rendered. */
  previous?: { site: string; manifest: string } | undefined;
  /**
   * True when the last site was built by the same code from the same site's data, bodies left out
   * (the same `version` and sources digest: ContentCheck.sourcesDigest): a page of a route that reads no article body
   * (`WorkerRoute.readsBodies`) then has its recorded digest, and is kept without making its model;
   * so has an article's page whose body is the one it was recorded with (PageRecord.body).
   */
  siteUnchanged: boolean;
}

/** What the page workers write (src/io/pageRender/). */
export interface PageWorkPlan {
  /** The routes they write (src/lib/site/workerRoutes.ts): Astro lists none of their pages. */
  routes: readonly string[];
  /** How many workers share them. */
  workers: number;
  /** How many start at once, beside the content worker's search index; the others start once it has ended. */
  early: number;
  /** How large each worker's heap may grow, in MB: room for the site's data and what it renders meanwhile. */
  heapMb: number;
  /** The folder they write the pages into, merged into the site once Astro has finished. */
  outDir: string;
}

/** One build's decisions. */
export interface BuildPlan {
  /** The project: Astro runs in it, and the stylesheet is read from it. */
  projectRoot: string;
  contentDir: string;
  /** The archive's caches (parsed articles, page record). */
  cacheDir: string;
  folders: BuildFolders;
  /** The site's data as the check read it (src/io/siteDataFile.ts), for the page workers; written before they start. */
  siteData: string;
  /** Every article's body, which the site's data leaves out (src/io/articleBodies.ts), for the page workers. */
  articleBodies: string;
  /** The one-off pages' models and the feeds (src/lib/site/oncePages.ts), for the Astro build; written before it starts. */
  oncePages: string;
  /** False when Astro's share is taken from the last site unchanged (src/io/astroReuse/), and Astro does not run. */
  runAstro: boolean;
  /** The site's origin, as checked (site.yaml's, or ARCHIVE_SITE_URL's). */
  origin: string;
  reuse: ReusePlan;
  pages: PageWorkPlan;
  /** Where the content worker writes the search index and the data exports (merged into the site at the end). */
  contentFiles: string;
}
