// The site's public origin as Astro is configured with it (`site` in astro.config.mjs): what
// `Astro.site` and the sitemap of a plain `astro build` use. Pages themselves take the origin from
// the site's identity in their data (src/site/data.ts), which carries the same value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_ORIGIN } from "../lib/siteConfig/exampleOrigin.ts";
import { withOriginOverride } from "../lib/siteConfig/originOverride.ts";
import { parseSiteConfig } from "../lib/siteConfig/parseSiteConfig.ts";
import { archiveSettings } from "./settings.ts";

/**
 * The origin for Astro's config: `ARCHIVE_SITE_URL` when set (`npm run build` sets it to the origin
 * its check read, with any override applied), else the `origin:` of the content folder's
 * `site.yaml`. When that file is missing or wrong this falls back to the example origin and leaves
 * the complaint to loading the site's data, which reports it with file, line, field and fix.
 */
export function astroSiteOrigin(env: Record<string, string | undefined>, root: string = process.cwd()): string {
  const settings = archiveSettings(env, root);
  const file = path.join(settings.contentDir, "site.yaml");
  try {
    const { config } = parseSiteConfig({ path: file, text: readFileSync(file, "utf8") });
    return withOriginOverride(config, settings.siteUrl).origin;
  } catch {
    return settings.siteUrl ?? EXAMPLE_ORIGIN;
  }
}
