// Whether the edit since the last build can be finished without a build: only articles' files
// changed, each still parses to the unit the last build had but for its body (the same quotes,
// headings and fields: src/io/unitDigest.ts), and what the last build recorded is still as it
// left it (its site folder, its settings and code, its checked site's article page inputs).
import path from "node:path";
import { articleUnit, unitContextOf, type ArticleUnit } from "../../lib/archive/articleUnit.ts";
import type { ArticleBody } from "../../lib/site/articleBody.ts";
import type { ArticleInputs } from "../articlePageInputs.ts";
import { checkedPageInputs } from "../checkedSite.ts";
import { readContentFile } from "../contentFiles.ts";
import { siteStamp } from "../pageReuse/siteStamp.ts";
import { siteCodeVersion } from "../pageReuse/siteVersion.ts";
import type { ArchiveSettings } from "../settings.ts";
import { unitDigest } from "../unitDigest.ts";
import { bodyDigest } from "../articleBodies.ts";
import { readEditRecord, type EditRecord } from "./editRecord.ts";
import { editKeyOf } from "./recordEdit.ts";
import { changedSources, fingerprintSources, textDigest, type SourceFingerprints } from "./sourceFingerprints.ts";

/** More changed files than this are left to a build: it parses them on every core. */
export const MOST_QUICK_EDITS = 20;

/** One article whose body alone changed: its file, its page's inputs and place in the site, its new body. */
export interface BodyEdit extends ArticleInputs {
  file: string;
  body: ArticleBody;
}

/** An edit a quick build can finish, and all it needs to. */
export interface QuickEdit {
  record: EditRecord;
  /** The site's code version with its identity, as its pages are recorded (siteCodeVersion). */
  version: string;
  fingerprints: SourceFingerprints;
  edits: BodyEdit[];
}

/** Why not (never an error), with the fingerprints when taken; `quiet` when not worth saying (no record: a first build). */
export interface NoQuickEdit {
  reason: string;
  fingerprints?: SourceFingerprints | undefined;
  quiet?: boolean | undefined;
}

/**
 * Finds the edit since the last build when a quick build can finish it, or says why not. Reads the
 * changed files and the last build's records; writes nothing. The site's files are looked at on
 * disk by the caller, in a thread of their own (src/io/editRecord/siteCheck.ts).
 */
export function findQuickEdit(settings: ArchiveSettings, cwd: string): QuickEdit | NoQuickEdit {
  const record = readEditRecord(settings.cacheDir);
  if (!record) return { reason: "the last build left no edit record", quiet: true };
  let fingerprints: SourceFingerprints;
  try {
    fingerprints = fingerprintSources(settings.contentDir);
  } catch {
    return { reason: "the content folder cannot be listed" };
  }
  const no = (reason: string): NoQuickEdit => ({ reason, fingerprints });
  const touched = changedSources(record.sources, fingerprints);
  if (!touched) return no("files were added to or removed from the content folder");
  const registry = touched.filter((file) => !file.startsWith("articles/"));
  if (!sameRegistries(settings.contentDir, registry, record)) return no("a registry or site.yaml changed");
  const changed = touched.filter((file) => file.startsWith("articles/"));
  if (changed.length > MOST_QUICK_EDITS) return no(`more than ${MOST_QUICK_EDITS} articles changed`);
  const version = siteCodeVersion(cwd, JSON.stringify(record.check.siteConfig));
  if (record.key !== editKeyOf(settings, version)) return no("the code or the settings changed");
  // Every build removes the edit record before it writes the site: a record of the site's stamp is of this site.
  if (siteStamp(settings.outDir) !== record.stamp) return no("the site folder is not the one the last build wrote");
  const units = changedUnits(settings.contentDir, changed, record);
  if ("reason" in units) return no(units.reason);
  // A file saved again as it was (or read again only to be sure: RACY_MS) changes nothing.
  const bodies = [...units].flatMap(([file, unit]) => {
    const article = unit.article;
    const body = article && { html: article.html, plainText: article.plainText };
    return body && bodyDigest(body) === record.bodies[file] ? [] : [{ file, article, body }];
  });
  const inputs = checkedPageInputs(
    settings.cacheDir,
    record.checkedKey,
    bodies.map(({ file }) => file),
  );
  if (!inputs) return no("the last check's article page inputs are not kept");
  const edits: BodyEdit[] = [];
  for (const { file, article, body } of bodies) {
    const found = inputs.get(file);
    if (!found || !article || !body || found.inputs.article.id !== article.id)
      return no(`${file} is not in the last check's site`);
    edits.push({ file, ...found, body });
  }
  return { record, version, fingerprints, edits };
}

/** True when the registries and site.yaml among `files` read as the last build read them. */
function sameRegistries(contentDir: string, files: readonly string[], record: EditRecord): boolean {
  return files.every((file) => {
    const source = readContentFile(contentDir, file);
    return !("problem" in source) && textDigest(source.text) === record.registries[file];
  });
}

/**
 * The changed articles parsed again, when each gives the site's data what it gave (its unit digest
 * is the recorded one: only its body changed) and has no error; else why not.
 */
function changedUnits(
  contentDir: string,
  files: readonly string[],
  record: EditRecord,
): Map<string, ArticleUnit> | { reason: string } {
  const speakers = readContentFile(contentDir, "speakers.yaml");
  const topics = readContentFile(contentDir, "topics.yaml");
  const context =
    "problem" in speakers || "problem" in topics ? undefined : unitContextOf(speakers, topics, Date.now());
  if (!context) return { reason: "the registries cannot be read" };
  const units = new Map<string, ArticleUnit>();
  for (const file of files) {
    const source = readContentFile(contentDir, file);
    if ("problem" in source) return { reason: `${path.basename(file)} cannot be read` };
    const unit = articleUnit(source, context);
    if (unit.problems.length > 0) return { reason: `${file} has errors` };
    if (unitDigest(unit) !== record.units[file]) return { reason: `more than the body of ${file} changed` };
    units.set(file, unit);
  }
  return units;
}
