import type { ReusePlan } from "../buildPlan/buildPlan.ts";
import { readSiteManifest } from "./manifest.ts";

/** Tells whether a page with a given digest can be taken from the last site instead of rendered. */
export type ReuseCheck = (file: string, digest: string) => boolean;

/**
 * The check for one build's plan: a page is reused when the record of the last site's untouched
 * pages has the same digest for its file; with no last site, nothing is. That record holds only
 * pages whose files were found as they were written when this build began (their fingerprints:
 * src/io/pageReuse/pageFingerprint.ts), so no file is looked at again here.
 */
export function reuseCheck(plan: ReusePlan): ReuseCheck {
  const previous = plan.previous;
  if (!previous) return () => false;
  const manifest = readSiteManifest(previous.manifest);
  const pages = manifest && manifest.site === previous.site ? manifest.pages : {};
  return (file, digest) => pages[file] === digest;
}
