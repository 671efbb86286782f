// @ts-check
import { defineConfig } from "astro/config";
import { devServerFlag } from "./src/integrations/devServerFlag.ts";
import { pageLog } from "./src/integrations/pageLog.ts";
import { searchIndex } from "./src/integrations/searchIndex.ts";
import { sitemap } from "./src/integrations/sitemap.ts";
import { astroSiteOrigin } from "./src/io/siteUrl.ts";

// The site's public origin: `origin:` in the content folder's site.yaml, or ARCHIVE_SITE_URL for one
// build (npm run build sets it to the origin its check read). Pages take it from the site's data.
const site = astroSiteOrigin(process.env);

export default defineConfig({
  site,
  trailingSlash: "always",
  // Tests and benchmarks build other content folders into their own output and cache folders.
  outDir: process.env.ARCHIVE_OUT_DIR ?? "./dist",
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? "./node_modules/.astro",
  // Pages render a few at a time, so one page's file is written while the next renders (measured on
  // 2 cores with 1,000 articles: page generation 26 s at 1, 16 s at 4, 21 s at 12).
  build: { format: "directory", concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [devServerFlag(), pageLog(), searchIndex(), sitemap()],
  // The dev server watches content, not build output or test artefacts (tens of thousands of files).
  vite: {
    server: { watch: { ignored: ["**/tests/.artifacts/**", "**/dist/**", "**/dist.tmp-*/**", "**/dist.old-*/**"] } },
  },
});
