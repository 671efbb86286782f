import { existsSync } from "node:fs";
import path from "node:path";
import type { ReusePlan } from "../buildPlan/buildPlan.ts";
import { readSiteManifest } from "./manifest.ts";

/** Tells whether a page with a given digest can be taken from the last site instead of rendered. */
export type ReuseCheck = (file: string, digest: string) => boolean;

/**
 * The check for one build's plan: a page is reused when the last site's record has the same digest
 * for its file and the file is still there; with no last site, nothing is.
 */
export function reuseCheck(plan: ReusePlan): ReuseCheck {
  const previous = plan.previous;
  if (!previous) return () => false;
  const manifest = readSiteManifest(previous.manifest);
  const pages = manifest && manifest.site === previous.site ? manifest.pages : {};
  return (file, digest) => pages[file] === digest && existsSync(path.join(previous.site, file));
}
