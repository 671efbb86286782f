// Tells the sitemap about the pages `npm run build` took from the last site instead of rendering
// (src/site/changedPages.ts): Astro only lists the pages it rendered itself.
import type { AstroIntegration } from "astro";
import { pageReuseSettings } from "../io/pageReuse/env.ts";
import { readRouteManifests } from "../io/pageReuse/manifest.ts";

/**
 * An integration that, when the build is done, adds the absolute URL of every reused page to
 * `urls`, the array given to the sitemap integration as `customPages`. It must come before the
 * sitemap in the integrations list: Astro runs their hooks in that order.
 */
export function reusedPages(urls: string[]): AstroIntegration {
  let site: string | undefined;
  return {
    name: "press-archive:reused-pages",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
      },
      "astro:build:done": ({ logger }) => {
        const { manifestDir } = pageReuseSettings(process.env);
        if (!manifestDir || !site) return;
        const manifests = readRouteManifests(manifestDir);
        let rendered = 0;
        for (const page of manifests.flatMap((m) => m.pages)) {
          // The sitemap lists HTML pages, as Astro's own list does (not the data exports).
          if (page.reused && page.file.endsWith(".html")) urls.push(new URL(page.url, site).href);
          else rendered += 1;
        }
        logger.info(
          `${rendered} pages rendered, ${manifests.flatMap((m) => m.pages).length - rendered} kept from the last build`,
        );
      },
    },
  };
}
