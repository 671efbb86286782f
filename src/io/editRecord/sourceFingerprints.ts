// What a content folder's files are on disk, without reading them: each file's size, modification
// time and inode. A build records them before its content is read; the next build compares, and
// reads only the files whose fingerprints changed (src/io/editRecord/quickBuild.ts).
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { listArticleFiles } from "../contentFiles.ts";

/** The registries and the site's identity, besides the articles. */
const OTHER_FILES = ["speakers.yaml", "topics.yaml", "site.yaml"];

/**
 * A modification closer than this to the moment the fingerprints were taken may hide a second write
 * in the same tick of the file system's clock (two seconds on FAT): such a file is read again.
 */
export const RACY_MS = 2_000;

/** The fingerprints of a content folder's files, as one build took them. */
export interface SourceFingerprints {
  /** Wall-clock time (ms since 1970) just before the first file was looked at. */
  takenAt: number;
  /** Digest of what listing `articles/` found besides articles (files left out, bad links). */
  listing: string;
  /** `size:mtimeNs:ino` of each file (content-relative path), or "" for a file that is not there. */
  files: Record<string, string>;
}

/** One file's fingerprint (links followed: an edit to a link's target changes it), "" when it is not there. */
function fingerprintOf(file: string): string {
  try {
    const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ino}` : "";
  } catch {
    return "";
  }
}

/** Takes the fingerprints of every file of the content folder a build reads. Throws when its `articles/` cannot be listed. */
export function fingerprintSources(contentDir: string): SourceFingerprints {
  const takenAt = Date.now();
  const listing = listArticleFiles(contentDir);
  const files: Record<string, string> = {};
  for (const file of [...OTHER_FILES, ...listing.files]) files[file] = fingerprintOf(path.join(contentDir, file));
  return {
    takenAt,
    listing: createHash("sha256").update(JSON.stringify(listing.problems)).digest("base64"),
    files,
  };
}

/**
 * The files that may have changed between two takings of the same folder's fingerprints: those
 * whose fingerprint differs, and those last modified so close to the earlier taking that a write
 * in the same clock tick could have gone unseen. Undefined when files were added or removed, or
 * the listing found other things: then the whole folder must be read.
 */
export function changedSources(before: SourceFingerprints, now: SourceFingerprints): string[] | undefined {
  const names = Object.keys(now.files);
  if (now.listing !== before.listing || names.length !== Object.keys(before.files).length) return undefined;
  const changed: string[] = [];
  for (const name of names) {
    const was = before.files[name];
    if (was === undefined) return undefined;
    const mtimeMs = Number(BigInt(was.split(":")[1] ?? "0") / 1_000_000n);
    if (was !== now.files[name] || mtimeMs >= before.takenAt - RACY_MS) changed.push(name);
  }
  return changed;
}

/** A digest of a file's text as a build read it. */
export const textDigest = (text: string): string => createHash("sha256").update(text).digest("base64");

/** The digests of the registries' and site.yaml's texts as a build read them, by content-relative file. */
export function registryDigests(sources: {
  speakers: { path: string; text: string };
  topics: { path: string; text: string };
  site?: { path: string; text: string } | undefined;
}): Record<string, string> {
  const files = [sources.speakers, sources.topics, ...(sources.site ? [sources.site] : [])];
  return Object.fromEntries(files.map((file) => [file.path, textDigest(file.text)]));
}
