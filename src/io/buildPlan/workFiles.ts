// The files in one build's scratch folder (`dist.work-<pid>`), named in one place.
import path from "node:path";

/** What a build writes into its scratch folder, and who reads it. */
export interface WorkFiles {
  /** The build plan, for the Astro build (`ARCHIVE_BUILD_PLAN`). */
  plan: string;
  /** The site's data without the articles' bodies, for the page workers (src/io/siteDataFile.ts). */
  siteData: string;
  /** The articles' bodies, for the page workers (src/io/articleBodies.ts). */
  articleBodies: string;
  /** The one-off pages' models and the feeds, for the Astro build. */
  oncePages: string;
  /** The content worker's search index and data exports, merged into the site at the end. */
  contentFiles: string;
  /** The page workers' pages, merged into the site at the end. */
  pages: string;
  /** The record of each route's pages, for page reuse (src/io/pageReuse/). */
  pageRecords: string;
}

/** The scratch files of the build whose scratch folder is `work`. */
export function workFiles(work: string): WorkFiles {
  return {
    plan: path.join(work, "plan.json"),
    siteData: path.join(work, "site-data.v8"),
    articleBodies: path.join(work, "article-bodies"),
    oncePages: path.join(work, "once-pages.v8"),
    contentFiles: path.join(work, "content-files"),
    pages: path.join(work, "site"),
    pageRecords: path.join(work, "pages"),
  };
}
