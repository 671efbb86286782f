import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What, besides a page's own data, decides what a page looks like: the site's code and settings. */
const SOURCES = ["src", "public", "astro.config.mjs", "package-lock.json"];

/**
 * A fingerprint of everything that shapes every page: the site's code (`src/`, `public/`, the Astro
 * config, the lockfile) and its public origin. A page whose data is unchanged is reused only when
 * this is unchanged too, so editing a layout or a component renders every page again.
 */
export function siteCodeVersion(projectRoot: string, origin: string): string {
  const hash = createHash("sha256").update(origin).update("\0");
  for (const source of SOURCES) {
    const full = path.join(projectRoot, source);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, encoding: "utf8" })
          .map((entry) => path.join(source, entry))
          .sort()
      : [source];
    for (const file of files) {
      const absolute = path.join(projectRoot, file);
      if (!statSync(absolute).isFile()) continue;
      hash.update(file).update("\0").update(readFileSync(absolute)).update("\0");
    }
  }
  return hash.digest("hex");
}
