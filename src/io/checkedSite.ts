// The last good check's site data, kept in the cache folder: the site's data file a build wrote for
// its page workers (the articles' bodies apart) and the check's warnings, under a key naming
// everything that data is made from but the bodies. A build whose sources give the same key (an
// edit to an article's body that changes no quote, heading or field) takes that file instead of
// building the archive and writing the site's data again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import type { Archive, ArchiveSources } from "../lib/archive/buildArchive.ts";
import type { ContentProblem } from "../lib/errors.ts";
import type { Article } from "../lib/schemas/article.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { readArticlePageInputs, writeArticlePageInputs, type ArticleInputs } from "./articlePageInputs.ts";
import { linkOrCopy } from "./pageReuse/linkReused.ts";
import { writeWhole } from "./writeWhole.ts";
import { deserializeOwn, releaseBuffer } from "./releaseBuffer.ts";
import type { SiteDataFile } from "./siteDataFile.ts";

/** The layout of what is kept: a change to it makes every kept site another's. */
const LAYOUT = "checked-site-2";

/** What a checked site's data is made from, but the articles' bodies. */
export interface CheckedSiteSources {
  /** Every article's path and unit digest, and the registries (ArticleCacheFile.sourcesDigest). */
  sourcesDigest: string;
  /** The code that builds the archive and the site's data from them (src/io/codeVersion.ts). */
  codeVersion: string;
  /** `site.yaml`'s text, and the origin that replaces its own for this build (`ARCHIVE_SITE_URL`), if any. */
  siteText: string | undefined;
  originOverride: string | undefined;
  /** What reading the content folder found (files left out, bad links): warnings of the check. */
  sourceProblems: readonly ContentProblem[];
  /** The content folder, and the folder problems name files from. */
  contentDir: string;
  displayRoot: string;
}

/** The warnings of a check, kept with its site's data: a check that takes the data reports them again. */
export interface CheckNotes {
  warnings: ContentProblem[];
  acknowledged: ContentProblem[];
}

/** The files of a kept checked site, in its folder. */
const SITE_DATA = "site-data.v8";
const PAGE_INPUTS = "article-pages.v8";
const WARNINGS = "warnings.json";
const RECORD = "record.json";

/** What is kept beside the site's data file, written last. */
interface KeptRecord {
  key: string;
  /** SHA-256 of the site's data file: a damaged one is not taken. */
  sha256: string;
}

/** The key of a checked site's data: a digest of everything it is made from but the bodies. */
export function checkedSiteKey(sources: CheckedSiteSources): string {
  return createHash("sha256").update(LAYOUT).update("\0").update(JSON.stringify(sources)).digest("hex");
}

const folderOf = (cacheDir: string): string => path.join(cacheDir, "checked-site");

/** Puts `from` at `to` whole or not at all: hard-linked where it can be, else copied ({@link linkOrCopy}). */
export function linkWhole(from: string, to: string): void {
  const temporary = `${to}.${process.pid}.tmp`;
  linkOrCopy(from, temporary);
  renameSync(temporary, to);
}

/**
 * Keeps the site's data file `siteData` (this build's, its bodies apart; `sha256` its digest) as the
 * checked site of `key`, with the check's warnings and, given the site's data `site`, each article
 * page's inputs (src/io/articlePageInputs.ts), in place of any other: hard-linked when it can be,
 * else copied. Returns a warning instead of throwing when it cannot (the next build then builds the
 * archive again).
 */
export function keepCheckedSite(
  cacheDir: string,
  key: string,
  siteData: string,
  sha256: string,
  notes: CheckNotes,
  site?: SiteIndex,
): string | undefined {
  const folder = folderOf(cacheDir);
  try {
    // The record goes last: a data file without its record is never taken.
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    linkWhole(siteData, path.join(folder, SITE_DATA));
    if (site) writeArticlePageInputs(path.join(folder, PAGE_INPUTS), site);
    writeWhole(path.join(folder, WARNINGS), JSON.stringify(notes satisfies CheckNotes));
    writeWhole(path.join(folder, RECORD), JSON.stringify({ key, sha256 } satisfies KeptRecord));
    return undefined;
  } catch (error) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // Nothing there to take: a folder that cannot be made holds no record.
    }
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return `the checked site could not be kept in ${folder} (${reason}): the next build builds the archive again`;
  }
}

/** The record of the checked site kept in `cacheDir`, when there is one whole. */
function keptRecord(cacheDir: string): KeptRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(folderOf(cacheDir), RECORD), "utf8")) as Partial<KeptRecord>;
    return typeof record.key === "string" && typeof record.sha256 === "string" ? (record as KeptRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page inputs of the articles whose content-relative files are `files`, from the checked site
 * of `key`, when it is the one kept and its inputs were kept with it; else undefined.
 */
export function checkedPageInputs(
  cacheDir: string,
  key: string,
  files: readonly string[],
): Map<string, ArticleInputs> | undefined {
  if (keptRecord(cacheDir)?.key !== key) return undefined;
  return readArticlePageInputs(path.join(folderOf(cacheDir), PAGE_INPUTS), files);
}

/** A checked site found again: its data file, the data read from it, and the check's warnings. */
export interface KeptCheckedSite extends CheckNotes {
  file: string;
  data: SiteDataFile;
}

/**
 * The checked site of `key`, when one is kept whole: its record names this key, and its data file
 * has the recorded digest and reads back. Undefined otherwise (none kept, another's, damaged).
 */
export function findCheckedSite(cacheDir: string, key: string): KeptCheckedSite | undefined {
  const folder = folderOf(cacheDir);
  try {
    const record = keptRecord(cacheDir);
    const notes = JSON.parse(readFileSync(path.join(folder, WARNINGS), "utf8")) as Partial<CheckNotes>;
    if (record?.key !== key || !Array.isArray(notes.warnings) || !Array.isArray(notes.acknowledged)) return undefined;
    const file = path.join(folder, SITE_DATA);
    const bytes = readFileSync(file);
    if (createHash("sha256").update(bytes).digest("hex") !== record.sha256) return undefined;
    const data = deserializeOwn(bytes) as SiteDataFile;
    // Hundreds of MB for a large archive: let go of at once, not at the next full collection.
    void releaseBuffer(bytes);
    if (!data.bodiesApart) return undefined;
    return { file, data, warnings: notes.warnings, acknowledged: notes.acknowledged };
  } catch {
    return undefined;
  }
}

/**
 * The archive of a kept checked site: its collections and warnings as kept, its articles those of
 * the units parsed now (bodies and all), in the kept order. Undefined when an article of the kept
 * site has no unit of the same id (it cannot be, with the same key; then the archive is built).
 */
export function archiveOfCheckedSite(
  kept: KeptCheckedSite,
  sources: ArchiveSources,
  units: ArticleUnitCache,
): Archive | undefined {
  const { site } = kept.data;
  const byPath = new Map(sources.articles.map((file) => [file.path, file]));
  const articles: Article[] = [];
  for (const listed of site.articles) {
    const source = byPath.get(listed.file);
    const article = source && units.get(source)?.article;
    if (!article || article.id !== listed.id) return undefined;
    articles.push(article);
  }
  return {
    articles,
    speakers: site.speakers,
    topics: site.topics,
    quotes: site.quotes,
    policies: site.policies,
    siteConfig: site.siteConfig,
    warnings: kept.warnings,
    acknowledged: kept.acknowledged,
  };
}
