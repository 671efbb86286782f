// The worker thread behind `npm run build`'s work on the archive itself: it checks the content
// (parsing the articles on every core and filling the article cache), reports, and when the
// content is good writes the site's data for the page workers and the one-off pages' models for
// the Astro build (src/io/siteDataFile.ts), says so, and then makes the search index and the data exports and
// writes them into a folder aside while they render. Its memory goes when it ends: the parent holds no archive.
import { parentPort, workerData } from "node:worker_threads";
import type { Archive } from "../../lib/archive/buildArchive.ts";
import { withoutBodies } from "../../lib/site/articleBody.ts";
import { oncePagesOf } from "../../lib/site/oncePages.ts";
import { writeArticleBodies } from "../articleBodies.ts";
import { buffersReleased } from "../releaseBuffer.ts";
import { siteIndexOf, type SiteArticle, type SiteIndex } from "../../lib/site/siteIndex.ts";
import { exportsReuse, writeSiteExports } from "../exportsFolder.ts";
import { siteCodeVersion } from "../pageReuse/siteVersion.ts";
import { writeSiteSearch, type WrittenIndex } from "../search/searchIndexFiles.ts";
import { writeOncePages, writeSiteData } from "../siteDataFile.ts";
import {
  archiveOfCheckedSite,
  checkedSiteKey,
  findCheckedSite,
  keepCheckedSite,
  linkWhole,
  type KeptCheckedSite,
} from "../checkedSite.ts";
import { checkContent, type ContentCheck } from "./checkContent.ts";
import { registryDigests } from "../editRecord/sourceFingerprints.ts";

/** What the content worker is given. */
export interface ContentJob {
  contentDir: string;
  cwd: string;
  cacheDir: string;
  /** Where to write the search index (its `search/index/` folder) and the data exports (`data/`). */
  contentFiles: string;
  /** Where to write the site's data for the page workers (without the articles' bodies), once the check has passed. */
  siteData: string;
  /** Where to write the articles' bodies for the page workers (src/io/articleBodies.ts). */
  articleBodies: string;
  /** Where to write the one-off pages' models and the feeds for the Astro build (src/lib/site/oncePages.ts). */
  oncePages: string;
  /** The last site's folder, when its search index files may be kept where unchanged (none with `--full`). */
  lastSite?: string | undefined;
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
  | { kind: "ready"; bodies: Record<string, string> }
  | { kind: "indexed"; index: WrittenIndex }
  | { kind: "warning"; text: string };

const job = workerData as ContentJob;
const post = (message: ContentMessage): void => parentPort?.postMessage(message);
let archive: Archive | undefined;
let saveCache: (() => string | undefined) | undefined;
// The key of this check's site data, once every article is parsed; the last check's, when it has the same key.
let checkedKey: string | undefined;
let checkedBefore: KeptCheckedSite | undefined;
let unitDigests: Record<string, string> | undefined;
let registries: Record<string, string> | undefined;
const checked = await checkContent(job.contentDir, job.cwd, {
  cacheDir: job.cacheDir,
  readCache: job.readCache,
  originOverride: job.originOverride,
  projectRoot: job.cwd,
  onArchive: (loaded) => (archive = loaded),
  deferCacheSave: (save) => (saveCache = save),
  onUnitDigests: (digests) => (unitDigests = digests),
  builtBefore: ({ sourcesDigest, sources, units }) => {
    registries = registryDigests(sources);
    checkedKey = checkedSiteKey({
      sourcesDigest,
      codeVersion: siteCodeVersion(job.cwd, ""),
      siteText: sources.site?.text,
      originOverride: job.originOverride,
      sourceProblems: sources.problems ?? [],
      contentDir: job.contentDir,
      displayRoot: job.cwd,
    });
    const kept = job.readCache ? findCheckedSite(job.cacheDir, checkedKey) : undefined;
    const known = kept && archiveOfCheckedSite(kept, sources, units);
    if (known) checkedBefore = kept;
    return known;
  },
});
const edit = checkedKey && unitDigests && registries ? { checkedKey, units: unitDigests, registries } : undefined;
const check: ContentCheck = checked.ok ? { ...checked, archiveKept: checkedBefore !== undefined, edit } : checked;
post({ kind: "checked", check });
if (check.ok && archive) {
  // The kept site's bytes, when it was taken (hundreds of MB at 100,000 articles), go before anything more is made.
  await buffersReleased();
  const { keep, bodies, ...forIndex } = await writeSiteFiles(archive);
  post({ kind: "ready", bodies });
  // Kept for the next build once the page workers have what they need: its page inputs take a moment.
  keep?.();
  // The article cache is for the next build, so it is written after the site's data.
  const warning = saveCache?.();
  if (warning) post({ kind: "warning", text: warning });
  // From here on only the site's data is needed: the archive, the articles' HTML and the cache's
  // records may go while the pages render in the other threads.
  archive = undefined;
  saveCache = undefined;
  await buffersReleased();
  writeIndexAndExports(forIndex);
}

/**
 * Writes the site's data (without the articles' bodies), the bodies and the one-off pages' models.
 * Returns what keeps the checked site for the next build (when it is not the last check's), and
 * what the search index and the exports are made from: the site without the bodies, and
 * the articles with their plain text (the index's words), so that the whole site, its HTML included,
 * is let go.
 */
async function writeSiteFiles(built: Archive): Promise<{
  site: SiteIndex;
  articles: SiteArticle[];
  bodies: Record<string, string>;
  keep?: (() => void) | undefined;
}> {
  const site = siteIndexOf(built);
  const places = writeArticleBodies(job.articleBodies, site.articles);
  const bodies = Object.fromEntries(site.articles.map((article) => [article.file, places.get(article.id)?.[3] ?? ""]));
  let bodiless: SiteIndex;
  let keep: (() => void) | undefined;
  if (checkedBefore) {
    // The last check's site data, bodies apart, is this one's: its file serves again.
    bodiless = checkedBefore.data.site;
    linkWhole(checkedBefore.file, job.siteData);
  } else {
    bodiless = withoutBodies(site);
    const sha256 = await writeSiteData(job.siteData, { site: bodiless, bodiesApart: true });
    const notes = { warnings: built.warnings, acknowledged: built.acknowledged };
    const key = checkedKey;
    const kept = bodiless;
    keep = () => {
      const warning = key && keepCheckedSite(job.cacheDir, key, job.siteData, sha256, notes, kept);
      if (warning) post({ kind: "warning", text: warning });
    };
  }
  writeOncePages(job.oncePages, oncePagesOf(site));
  const articles = site.articles.map((article, i) => ({ ...bodiless.articles[i]!, plainText: article.plainText }));
  return { site: bodiless, articles, bodies, keep };
}

/**
 * Writes the search index (but the files the last site has as they are), then the data exports,
 * each file as it is made, unless the last site's can be kept (src/io/exportsFolder.ts).
 */
function writeIndexAndExports({ site, articles }: { site: SiteIndex; articles: SiteArticle[] }): void {
  const index = writeSiteSearch(job.contentFiles, { ...site, articles }, job.lastSite);
  const exports = exportsReuse({
    final: job.lastSite ?? "",
    cacheDir: job.cacheDir,
    full: job.lastSite === undefined,
    version: siteCodeVersion(job.cwd, JSON.stringify(site.siteConfig)),
    sourcesDigest: check.ok ? check.sourcesDigest : undefined,
  });
  if (exports.reused) index.kept.push(...exports.files);
  else writeSiteExports(job.contentFiles, site, site.siteConfig.origin);
  post({ kind: "indexed", index });
}
