// Writes the search index (/search/index/…: tens of thousands of small JSON files for a large
// archive) straight into the built site once the pages are done, instead of sending each file
// through Astro's page pipeline. In dev the route src/pages/search/index/[...file].ts serves them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { loadSiteIndex } from "../io/loadSite.ts";
import { buildSiteSearch } from "../lib/search/buildSiteSearch.ts";
import { indexAsFiles } from "../lib/search/store.ts";

/** The folder of the search index inside the site (the search page fetches from `/search/index/`). */
export const SEARCH_INDEX_DIR = "search/index";

/** An integration writing the search index into the output folder at the end of `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: "press-archive:search-index",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const files = indexAsFiles(buildSiteSearch(loadSiteIndex()));
        const root = path.join(fileURLToPath(dir), SEARCH_INDEX_DIR);
        const made = new Set<string>();
        for (const [file, text] of files) {
          const target = path.join(root, file);
          const folder = path.dirname(target);
          if (!made.has(folder)) {
            mkdirSync(folder, { recursive: true });
            made.add(folder);
          }
          writeFileSync(target, text);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files.size} search index files written to ${SEARCH_INDEX_DIR}/ in ${seconds} s`);
      },
    },
  };
}
