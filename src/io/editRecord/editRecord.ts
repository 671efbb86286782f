// What a build leaves for the next one to finish a small edit quickly (src/io/editRecord/quickBuild.ts):
// the content folder's fingerprints when it was read, each article's unit digest, the key of the
// checked site's data it built from, the search index's tally, and the site folder it wrote. Kept in
// the cache folder; a build that changes the site in any other way removes it first.
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { SiteConfig } from "../../lib/schemas/site.ts";
import type { IndexTally } from "../../lib/search/buildIndex.ts";
import type { WarningSummary } from "../../lib/warningSummary.ts";
import { writeWhole } from "../writeWhole.ts";
import type { SourceFingerprints } from "./sourceFingerprints.ts";

/** The layout of the record: a change to it makes every record another's. */
const LAYOUT = "edit-record-4";

/** The record of the last build, for the next. */
export interface EditRecord {
  layout: typeof LAYOUT;
  /** The settings and code it was made with ({@link editKey}). */
  key: string;
  /** The site folder's stamp once written (src/io/pageReuse/siteStamp.ts). */
  stamp: string;
  /** The key of the checked site's data the site was built from (src/io/checkedSite.ts). */
  checkedKey: string;
  /** The content folder's fingerprints, taken before it was read. */
  sources: SourceFingerprints;
  /** Each article's unit digest (src/io/unitDigest.ts), by content-relative path. */
  units: Record<string, string>;
  /** Each article's body digest (src/io/articleBodies.ts), by content-relative path. */
  bodies: Record<string, string>;
  /** A digest of the registries' and site.yaml's texts as read (textDigest), by content-relative path. */
  registries: Record<string, string>;
  /** The site's search index's tally (src/lib/search/buildIndex.ts). */
  search: IndexTally;
  /** The fingerprint of each of the search index's files in the site (by its path in the site). */
  index: Record<string, string>;
  /** The number of pages in the site, as the build reported it. */
  pages: number;
  /** The generation of the site's page record (SiteManifest.generation). */
  pageRecord: string;
  /** What the check reported: the site's identity, its counts and its warnings (the first few and how many). */
  check: {
    siteConfig: SiteConfig;
    articles: number;
    quotes: number;
    warnings: WarningSummary;
  };
}

/** What a record is only good for: one content folder, site folder, origin and code. */
export function editKey(parts: {
  contentDir: string;
  outDir: string;
  siteUrl: string | undefined;
  codeVersion: string;
}): string {
  return createHash("sha256").update(LAYOUT).update("\0").update(JSON.stringify(parts)).digest("hex");
}

const recordFile = (cacheDir: string): string => path.join(cacheDir, "edit-record.json");

/** The record in `cacheDir`, when there is a whole one. */
export function readEditRecord(cacheDir: string): EditRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(cacheDir), "utf8")) as Partial<EditRecord>;
    return record.layout === LAYOUT &&
      typeof record.key === "string" &&
      typeof record.stamp === "string" &&
      typeof record.checkedKey === "string" &&
      typeof record.sources?.files === "object" &&
      typeof record.units === "object" &&
      typeof record.bodies === "object" &&
      typeof record.registries === "object" &&
      typeof record.search?.stop === "object" &&
      typeof record.index === "object" &&
      typeof record.pages === "number" &&
      typeof record.pageRecord === "string" &&
      typeof record.check?.siteConfig === "object"
      ? (record as EditRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the record (whole or not at all). Returns a warning instead of throwing when it cannot:
 * the site is in place by then, and the next build simply reads the whole content folder.
 */
export function writeEditRecord(cacheDir: string, record: Omit<EditRecord, "layout">): string | undefined {
  try {
    writeWhole(recordFile(cacheDir), JSON.stringify({ layout: LAYOUT, ...record }));
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return `the edit record could not be written to ${recordFile(cacheDir)} (${reason}): the next build reads the whole content folder`;
  }
}

/** Removes the record, before a build changes the site it describes. Throws when it cannot (the build must not go on). */
export function dropEditRecord(cacheDir: string): void {
  rmSync(recordFile(cacheDir), { force: true });
}
