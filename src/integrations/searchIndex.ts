// The search index (/search/index/…: tens of thousands of small JSON files for a large archive).
// `astro build` gets it written straight into the built site once the pages are done, instead of
// sending each file through Astro's page pipeline; `astro dev` serves it from memory, made again
// whenever a file in the content folder changes.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentFingerprint } from "../io/contentFingerprint.ts";
import { loadSiteIndex } from "../io/loadSite.ts";
import { contentDirFromEnv } from "../io/readArchiveSources.ts";
import { buildSiteSearch } from "../lib/search/buildSiteSearch.ts";
import { indexAsFiles } from "../lib/search/store.ts";

/** The folder of the search index inside the site (the search page fetches from `/search/index/`). */
export const SEARCH_INDEX_DIR = "search/index";

/** Every file of the search index of the archive in the content folder (`path → JSON`). */
function searchIndexFiles(): Map<string, string> {
  return indexAsFiles(buildSiteSearch(loadSiteIndex()));
}

/** Writes the index files under `root`, creating each folder once. */
function writeFiles(root: string, files: ReadonlyMap<string, string>): void {
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
}

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
            if (cached?.fingerprint !== fingerprint) cached = { fingerprint, files: searchIndexFiles() };
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
        const started = performance.now();
        const files = searchIndexFiles();
        writeFiles(path.join(fileURLToPath(dir), SEARCH_INDEX_DIR), files);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files.size} search index files written to ${SEARCH_INDEX_DIR}/ in ${seconds} s`);
      },
    },
  };
}
