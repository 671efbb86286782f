// A full (or warm) build's part in the edit record (src/io/editRecord/editRecord.ts): the last
// record goes before the site is touched, the content folder's fingerprints are taken before its
// files are read, and once the new site is in place the record of it is written for the next build.
import type { IndexTally } from "../../lib/search/buildIndex.ts";
import { summariseWarnings } from "../../lib/warningSummary.ts";
import { existsSync } from "node:fs";
import path from "node:path";
import { fingerprintPages } from "../pageReuse/pageFingerprint.ts";
import { siteStamp } from "../pageReuse/siteStamp.ts";
import { SEARCH_INDEX_DIR } from "../search/searchIndexFiles.ts";
import { siteFiles } from "../safeBuild/siteFolder.ts";
import { siteCodeVersion } from "../pageReuse/siteVersion.ts";
import type { ArchiveSettings } from "../settings.ts";
import type { ContentCheck } from "../safeBuild/checkContent.ts";
import { dropEditRecord, editKey, writeEditRecord } from "./editRecord.ts";
import { fingerprintSources, type SourceFingerprints } from "./sourceFingerprints.ts";

/** What a build has to say, once its site is in place, for the record. */
export interface BuiltSite {
  /** The project folder (its code's version is part of the record's key). */
  cwd: string;
  check: Extract<ContentCheck, { ok: true }>;
  tally: IndexTally;
  /** The number of pages in the site. */
  pages: number;
  /** The generation of the page record written for it, if one was. */
  pageRecord: string | undefined;
  /** Each article's body digest, by content-relative file. */
  bodies: Record<string, string>;
}

/** A build's edit record under way. */
export interface EditRecording {
  /** Once the site is in place: writes the record; returns a warning when it could not. */
  finish(built: BuiltSite): string | undefined;
}

/** The fingerprint of each of the search index's files in `site`, by its path in the site. */
export function indexPrints(site: string): Record<string, string> {
  const folder = path.join(site, SEARCH_INDEX_DIR);
  const files = existsSync(folder) ? siteFiles(folder).map((file) => path.join(SEARCH_INDEX_DIR, file)) : [];
  return fingerprintPages(site, files);
}

/**
 * The key of an edit record for these settings and `version`: the site's code in `cwd` and its
 * identity (siteCodeVersion, the version pages are recorded with).
 */
export function editKeyOf(settings: ArchiveSettings, version: string): string {
  return editKey({
    contentDir: settings.contentDir,
    outDir: settings.outDir,
    siteUrl: settings.siteUrl,
    codeVersion: version,
  });
}

/**
 * Starts a build's edit record: removes the last one (this build changes the site it describes) and
 * takes the content folder's fingerprints, unless `taken` (just now, by a quick build that could
 * not finish the edit) are given. A folder that cannot be listed gets no record: the check says why.
 */
export function startEditRecord(settings: ArchiveSettings, taken?: SourceFingerprints): EditRecording {
  dropEditRecord(settings.cacheDir);
  let sources = taken;
  try {
    sources ??= fingerprintSources(settings.contentDir);
  } catch {
    sources = undefined;
  }
  return {
    finish: ({ cwd, check, tally, pages, pageRecord, bodies }) => {
      const stamp = siteStamp(settings.outDir);
      if (!sources || !check.edit || !stamp || !pageRecord) return undefined;
      return writeEditRecord(settings.cacheDir, {
        key: editKeyOf(settings, siteCodeVersion(cwd, JSON.stringify(check.siteConfig))),
        stamp,
        checkedKey: check.edit.checkedKey,
        sources,
        units: check.edit.units,
        registries: check.edit.registries,
        bodies,
        search: tally,
        index: indexPrints(settings.outDir),
        pages,
        pageRecord,
        check: {
          siteConfig: check.siteConfig,
          articles: check.articles,
          quotes: check.quotes,
          warnings: summariseWarnings(check.warnings),
        },
      });
    },
  };
}
