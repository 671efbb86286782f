// The search index (/search/index/…: tens of thousands of small JSON files for a large archive).
// A plain `astro build` gets it written straight into the built site once the pages are done,
// instead of sending each file through Astro's page pipeline (`npm run build` writes it itself);
// `astro dev` serves it from memory, made again whenever a file in the content folder changes.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentFingerprint } from "../io/contentFingerprint.ts";
import { loadSiteIndex } from "../io/loadSite.ts";
import { contentDirFromEnv } from "../io/readArchiveSources.ts";
import { WRITTEN_BY_CALLER } from "../io/safeBuild/byCaller.ts";
import { SEARCH_INDEX_DIR, searchIndexFiles, writeSearchIndex } from "../io/search/searchIndexFiles.ts";

/** An integration that writes the search index at the end of `astro build` and serves it in `astro dev`. */
export function searchIndex(): AstroIntegration {
  return {
    name: "press-archive:search-index",
    hooks: {
      "astro:server:setup": ({ server }) => {
        let cached: { fingerprint: string; files: Map<string, string> } | undefined;
        server.middlewares.use(`/${SEARCH_INDEX_DIR}/`, (request, response, next) => {
          try {
            const fingerprint = contentFingerprint(contentDirFromEnv());
            if (cached?.fingerprint !== fingerprint) cached = { fingerprint, files: searchIndexFiles(loadSiteIndex()) };
            const file = decodeURIComponent((request.url ?? "").split("?")[0] ?? "").replace(/^\/+/u, "");
            const text = cached.files.get(file);
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
        if (process.env[WRITTEN_BY_CALLER]) return;
        const started = performance.now();
        const files = searchIndexFiles(loadSiteIndex());
        writeSearchIndex(fileURLToPath(dir), files);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files.size} search index files written to ${SEARCH_INDEX_DIR}/ in ${seconds} s`);
      },
    },
  };
}
