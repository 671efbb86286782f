import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeWhole } from "../writeWhole.ts";

/** One page of a build: its file in the site, its URL path, and the digest of what it was made from. */
export interface PageRecord {
  /** Path of the page's file inside the site folder (`quotes/<id>/index.html`). */
  file: string;
  /** Its URL path (`/quotes/<id>/`). */
  url: string;
  /** Digest of the site's code version and the page's data. */
  digest: string;
  /** True when this build took the file from the previous site instead of rendering it. */
  reused: boolean;
  /**
   * For a page that shows an article's body: that body's digest (BodyPlace). With the same site's
   * data and code, a page whose body digest is the one recorded is the recorded page.
   */
  body?: string | undefined;
}

/** The pages of one route, as a build's `getStaticPaths` decided them. */
export interface RouteManifest {
  route: string;
  pages: PageRecord[];
}

/** The pages of a finished site, by file: what the next build compares against. */
export interface SiteManifest {
  /** The site folder these pages are in. */
  site: string;
  /** That folder's stamp when the manifest was written (src/io/pageReuse/siteStamp.ts). */
  stamp: string;
  /** Digest by file. */
  pages: Record<string, string>;
  /** Each page file's fingerprint when the manifest was written (src/io/pageReuse/pageFingerprint.ts). */
  files?: Record<string, string> | undefined;
  /** The code version the site was built with (ReusePlan.version). */
  version?: string | undefined;
  /** The digest of what its archive gave the site's data, bodies left out (ContentCheck.sourcesDigest). */
  siteDigest?: string | undefined;
  /** The body digest of each page that shows an article's body (PageRecord.body), by file. */
  bodies?: Record<string, string> | undefined;
  /** Names this record among all written: the pages a quick build remade are recorded against it ({@link PageEdits}). */
  generation?: string | undefined;
}

/** A page a quick build made again (src/io/editRecord/): its digest, its body's digest and its file's fingerprint. */
export interface EditedPage {
  digest: string;
  body: string;
  print: string;
}

/**
 * The pages quick builds made since the site's record was written, kept beside it (writing the
 * whole record, tens of MB, would cost a quick build more than its pages): they count only with the
 * record of the same generation, so a new record makes them void without their being removed.
 */
export interface PageEdits {
  generation: string;
  pages: Record<string, EditedPage>;
}

const editsFileOf = (manifestFile: string): string => manifestFile.replace(/\.json$/u, ".edits.json");

/** The pages quick builds made against the record in `manifestFile` of generation `generation` (none when there is none). */
export function readPageEdits(manifestFile: string, generation: string): Record<string, EditedPage> {
  try {
    const edits = JSON.parse(readFileSync(editsFileOf(manifestFile), "utf8")) as Partial<PageEdits>;
    return edits.generation === generation && typeof edits.pages === "object" ? edits.pages : {};
  } catch {
    return {};
  }
}

/** Records pages a quick build made, with those made since the record of `generation` was written (whole or not at all). */
export function writePageEdits(manifestFile: string, generation: string, pages: Record<string, EditedPage>): void {
  const all: PageEdits = { generation, pages: { ...readPageEdits(manifestFile, generation), ...pages } };
  writeWhole(editsFileOf(manifestFile), JSON.stringify(all));
}

/** The site's record in `manifestFile` with the pages quick builds made since it was written. */
export function readPageRecord(manifestFile: string): SiteManifest | undefined {
  const manifest = readSiteManifest(manifestFile);
  if (!manifest?.generation) return manifest;
  // The record was just read: its own, changed in place (copying tens of thousands of entries costs more).
  const bodies = (manifest.bodies ??= {});
  const files = (manifest.files ??= {});
  for (const [file, page] of Object.entries(readPageEdits(manifestFile, manifest.generation))) {
    manifest.pages[file] = page.digest;
    bodies[file] = page.body;
    files[file] = page.print;
  }
  return manifest;
}

/**
 * Writes one route's manifest into a build's manifest folder; `part` names the share of the route's
 * pages it covers when two processes render the route between them.
 */
export function writeRouteManifest(dir: string, manifest: RouteManifest, part?: string): void {
  mkdirSync(dir, { recursive: true });
  const name = manifest.route.replace(/[^\p{L}\p{N}]+/gu, "_");
  writeFileSync(path.join(dir, `${name}${part ? `.${part}` : ""}.json`), JSON.stringify(manifest));
}

/** Every route manifest a build wrote (none when the folder does not exist). */
export function readRouteManifests(dir: string): RouteManifest[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  return names.sort().map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as RouteManifest);
}

/** Reads a site manifest; undefined when there is none or it cannot be read. */
export function readSiteManifest(file: string): SiteManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as SiteManifest;
    return typeof manifest.site === "string" && typeof manifest.stamp === "string" && typeof manifest.pages === "object"
      ? manifest
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a site manifest (whole or not at all: written aside, then renamed). */
export function writeSiteManifest(file: string, manifest: SiteManifest): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeWhole(file, JSON.stringify(manifest));
}
