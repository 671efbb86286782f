// The worker thread behind `npm run build`'s work on the archive itself: it checks the content
// (parsing the articles on every core and filling the article cache), reports, and when the
// content is good writes the site's data for the Astro build and the page workers
// (src/io/siteDataFile.ts), says so, and then makes the search index and writes it into a folder
// aside while they render. Its memory goes when it ends: the parent holds no archive.
import { parentPort, workerData } from "node:worker_threads";
import type { Archive } from "../../lib/archive/buildArchive.ts";
import { siteIndexOf } from "../../lib/site/siteIndex.ts";
import { searchIndexFiles, writeSearchIndex } from "../search/searchIndexFiles.ts";
import { writeSiteData } from "../siteDataFile.ts";
import { checkContent, type ContentCheck } from "./checkContent.ts";

/** What the content worker is given. */
export interface ContentJob {
  contentDir: string;
  cwd: string;
  cacheDir: string;
  /** Where to write the search index (its `search/index/` folder). */
  searchAside: string;
  /** Where to write the site's data for the Astro build and the page workers, once the check has passed. */
  siteData: string;
  /** False (`--full`): every article is parsed afresh, the article cache is not read. */
  readCache: boolean;
  /** `ARCHIVE_SITE_URL`: the origin this build is for instead of site.yaml's, when set. */
  originOverride?: string | undefined;
}

/**
 * What the content worker reports, in this order: the check, then (when it passed) the site's data
 * written, then the search index written; warnings at any time.
 */
export type ContentMessage =
  | { kind: "checked"; check: ContentCheck }
  | { kind: "ready" }
  | { kind: "indexed"; files: number }
  | { kind: "warning"; text: string };

const job = workerData as ContentJob;
const post = (message: ContentMessage): void => parentPort?.postMessage(message);
let archive: Archive | undefined;
let saveCache: (() => string | undefined) | undefined;
const check = await checkContent(job.contentDir, job.cwd, {
  cacheDir: job.cacheDir,
  readCache: job.readCache,
  originOverride: job.originOverride,
  projectRoot: job.cwd,
  onArchive: (loaded) => (archive = loaded),
  deferCacheSave: (save) => (saveCache = save),
});
post({ kind: "checked", check });
if (check.ok && archive) {
  const site = siteIndexOf(archive);
  // The article cache is for the next build, so it is written after the site's data.
  writeSiteData(job.siteData, { site, warnings: archive.warnings });
  post({ kind: "ready" });
  const warning = saveCache?.();
  if (warning) post({ kind: "warning", text: warning });
  const files = searchIndexFiles(site);
  writeSearchIndex(job.searchAside, files);
  post({ kind: "indexed", files: files.size });
}
