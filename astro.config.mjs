// @ts-check
import { defineConfig } from "astro/config";
import { devFileRoutes } from "./src/integrations/devFileRoutes.ts";
import { devServerFlag } from "./src/integrations/devServerFlag.ts";
import { pageLog } from "./src/integrations/pageLog.ts";
import { searchIndex } from "./src/integrations/searchIndex.ts";
import { sitemap } from "./src/integrations/sitemap.ts";
import { astroSiteOrigin } from "./src/io/siteUrl.ts";
import { archiveSettings } from "./src/io/settings.ts";
import { readBuildPlan } from "./src/io/buildPlan/planFile.ts";

// The project's settings (src/io/settings.ts), and under `npm run build` its plan for this build
// (src/io/buildPlan/): where to write, and the site's origin as its check read it.
const settings = archiveSettings();
const plan = settings.buildPlan ? readBuildPlan(settings.buildPlan) : undefined;
// The site's public origin: `origin:` in the content folder's site.yaml, or ARCHIVE_SITE_URL for one build.
const site = plan?.origin ?? astroSiteOrigin(process.env);

export default defineConfig({
  site,
  trailingSlash: "always",
  // Tests and benchmarks build other content folders into their own output and cache folders.
  outDir: plan?.folders.astro ?? settings.outDir,
  cacheDir: settings.astroCacheDir,
  // Pages render a few at a time, so one page's file is written while the next renders (4 was the
  // fastest of those tried on 2 cores).
  build: { format: "directory", concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [devServerFlag(), devFileRoutes(), pageLog(), searchIndex(), sitemap()],
  // The dev server watches content, not build output or test artefacts (tens of thousands of files).
  vite: {
    server: {
      watch: {
        ignored: ["**/tests/.artifacts/**", "**/dist/**", "**/dist.tmp-*/**", "**/dist.old-*/**", "**/dist.work-*/**"],
      },
    },
  },
});
