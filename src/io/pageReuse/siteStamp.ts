import { statSync } from "node:fs";
import path from "node:path";

/**
 * What identifies one finished site folder: its home page's modification time and size (every
 * build writes the home page afresh). A manifest is trusted only for the folder it was written
 * for, so a site replaced by other means is never reused from.
 */
export function siteStamp(site: string): string | undefined {
  try {
    const home = statSync(path.join(site, "index.html"));
    return `${home.mtimeMs}:${home.size}`;
  } catch {
    return undefined;
  }
}
