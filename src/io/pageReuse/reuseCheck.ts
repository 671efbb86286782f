import type { ReusePlan } from "../buildPlan/buildPlan.ts";
import { readSiteManifest } from "./manifest.ts";

/** What the last site's record says of a page. */
export interface ReuseCheck {
  /** Whether a page with this digest can be taken from the last site instead of rendered. */
  matches(file: string, digest: string): boolean;
  /**
   * The digest recorded for an untouched page of the last site, if any; given the digest of the body
   * the page shows, only when the page was recorded with that body.
   */
  recorded(file: string, body?: string): string | undefined;
}

/**
 * The check for one build's plan: a page is reused when the record of the last site's untouched
 * pages has the same digest for its file; with no last site, nothing is. That record holds only
 * pages whose files were found as they were written when this build began (their fingerprints:
 * src/io/pageReuse/pageFingerprint.ts), so no file is looked at again here.
 */
export function reuseCheck(plan: ReusePlan): ReuseCheck {
  const previous = plan.previous;
  const manifest = previous && readSiteManifest(previous.manifest);
  const pages = new Map(manifest && manifest.site === previous.site ? Object.entries(manifest.pages) : []);
  const bodies = manifest?.bodies ?? {};
  return {
    matches: (file, digest) => pages.get(file) === digest,
    recorded: (file, body) => (body === undefined || bodies[file] === body ? pages.get(file) : undefined),
  };
}
