// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { devServerFlag } from "./src/integrations/devServerFlag.ts";
import { reusedPages } from "./src/integrations/reusedPages.ts";
import { searchIndex } from "./src/integrations/searchIndex.ts";

// The site's public origin: one setting, used for canonical URLs, feeds and the sitemap.
const site = process.env.ARCHIVE_SITE_URL ?? "https://press-archive.example";

// Pages `npm run build` kept from the last site: filled in before the sitemap is written.
/** @type {string[]} */
const keptPages = [];

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
  integrations: [
    devServerFlag(),
    reusedPages(keptPages),
    sitemap({ filter: (page) => !page.endsWith("/404/"), customPages: keptPages }),
    searchIndex(),
  ],
  // The dev server watches content, not build output or test artefacts (tens of thousands of files).
  vite: {
    server: { watch: { ignored: ["**/tests/.artifacts/**", "**/dist/**", "**/dist.tmp-*/**", "**/dist.old-*/**"] } },
  },
});
