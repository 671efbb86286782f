// The search index (/search/index/…: tens of thousands of small JSON files for a large archive).
// A plain `astro build` gets it written straight into the built site once the pages are done,
// instead of sending each file through Astro's page pipeline (`npm run build` writes it itself);
// `astro dev` serves it from memory, made again whenever a file in the content folder changes (from
// the last content without errors while the folder has one, as the pages are: src/site/devContent.ts).
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentFingerprint } from "../io/contentFingerprint.ts";
import { loadSiteIndex } from "../io/loadSite.ts";
import { lastGoodContent } from "../lib/site/lastGood.ts";
import { emptySiteIndex } from "../site/devContent.ts";
import { archiveSettings, contentDirFromEnv } from "../io/settings.ts";
import { SEARCH_INDEX_DIR, searchIndexFiles, writeSiteSearch } from "../io/search/searchIndexFiles.ts";

/** An integration that writes the search index at the end of `astro build` and serves it in `astro dev`. */
export function searchIndex(): AstroIntegration {
  return {
    name: "press-archive:search-index",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const index = lastGoodContent(
          () => searchIndexFiles(loadSiteIndex()),
          () => searchIndexFiles(emptySiteIndex()),
        );
        server.middlewares.use(`/${SEARCH_INDEX_DIR}/`, (request, response, next) => {
          try {
            const files = index.get(contentFingerprint(contentDirFromEnv())).value;
            const file = decodeURIComponent((request.url ?? "").split("?")[0] ?? "").replace(/^\/+/u, "");
            const text = files.get(file);
            if (text === undefined) {
              next();
              return;
            }
            response.setHeader("Content-Type", "application/json; charset=utf-8");
            response.end(text);
          } catch (error) {
            next(error);
          }
        });
      },
      "astro:build:done": ({ dir, logger }) => {
        // Under `npm run build` (a build plan is set) the build writes it itself.
        if (archiveSettings().buildPlan) return;
        const started = performance.now();
        const files = writeSiteSearch(fileURLToPath(dir), loadSiteIndex()).written;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files} search index files written to ${SEARCH_INDEX_DIR}/ in ${seconds} s`);
      },
    },
  };
}
