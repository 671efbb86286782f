import { statSync } from "node:fs";
import path from "node:path";
import type { SiteManifest } from "./manifest.ts";

/**
 * What identifies one written page file: its size, modification time (in nanoseconds) and inode.
 * Any write to the file, or a file put in its place, changes it; reading every page's bytes to
 * hash them would cost a warm build of a large archive seconds.
 */
export function pageFingerprint(file: string): string | undefined {
  try {
    // A missing file is no error to make and catch: a large site may have many.
    const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
    return stat && `${stat.size}:${stat.mtimeNs}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** The fingerprint of every page of a manifest, as its files are now in `site`. */
export function fingerprintPages(site: string, pages: Iterable<string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const page of pages) {
    const fingerprint = pageFingerprint(path.join(site, page));
    if (fingerprint) files[page] = fingerprint;
  }
  return files;
}

/**
 * The manifest's pages that are still as the build that recorded them wrote them: a page whose file
 * was changed, replaced or removed since (or that has no fingerprint) is left out, so the next build
 * renders it afresh instead of linking it into the new site. Returns that manifest and the number left out.
 */
export function untouchedPages(manifest: SiteManifest): { manifest: SiteManifest; altered: number } {
  const pages: Record<string, string> = {};
  let altered = 0;
  for (const [page, digest] of Object.entries(manifest.pages)) {
    if (isUntouched(manifest, page)) pages[page] = digest;
    else altered += 1;
  }
  return { manifest: { ...manifest, pages }, altered };
}

/** How many of the manifest's pages are not as the build that recorded them wrote them (see {@link untouchedPages}). */
export function alteredPages(manifest: SiteManifest): number {
  let altered = 0;
  for (const page in manifest.pages) if (!isUntouched(manifest, page)) altered += 1;
  return altered;
}

/** True when a page of the manifest is on disk as recorded (it has a fingerprint, and the file still has it). */
function isUntouched(manifest: SiteManifest, page: string): boolean {
  const recorded = manifest.files?.[page];
  return recorded !== undefined && recorded === pageFingerprint(path.join(manifest.site, page));
}
