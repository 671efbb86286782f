// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

// The site's public origin: one setting, used for canonical URLs, feeds and the sitemap.
const site = process.env.ARCHIVE_SITE_URL ?? "https://press-archive.example";

export default defineConfig({
  site,
  trailingSlash: "always",
  // Tests and benchmarks build other content folders into their own output and cache folders.
  outDir: process.env.ARCHIVE_OUT_DIR ?? "./dist",
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? "./node_modules/.astro",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !page.endsWith("/404/") })],
  // The dev server watches content, not build output or test artefacts (tens of thousands of files).
  vite: {
    server: { watch: { ignored: ["**/tests/.artifacts/**", "**/dist/**", "**/dist.tmp-*/**", "**/dist.old-*/**"] } },
  },
});
