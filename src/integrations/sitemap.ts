// The sitemap of a plain `astro build`, written once the pages are (`npm run build` writes it
// itself after putting in the pages it kept from the last build: src/io/safeBuild/safeBuild.ts).
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { archiveSettings } from "../io/settings.ts";
import { siteFiles } from "../io/safeBuild/siteFolder.ts";
import { writeSitemap } from "../io/writeSitemap.ts";

/** An integration that writes sitemap-index.xml and sitemap-<n>.xml at the end of `astro build`. */
export function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: "press-archive:sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
      },
      "astro:build:done": async ({ dir, logger }) => {
        // Under `npm run build` (a build plan is set) the build writes it itself.
        if (archiveSettings().buildPlan) return;
        if (!site) {
          logger.warn("no `site` in the Astro config: no sitemap written");
          return;
        }
        const root = fileURLToPath(dir);
        const listed = writeSitemap(root, siteFiles(root), site);
        logger.info(`sitemap written: ${listed} pages`);
      },
    },
  };
}
