// Astro collections over the archive library: one load of the content folder (src/io), validated
// and cross-checked by src/lib, feeds every collection. Any content error fails the build.
import { defineCollection } from "astro:content";
import type { Loader, LoaderContext } from "astro/loaders";
import { contentDirFromEnv, loadArchive } from "./io/readArchiveSources.ts";
import { formatProblem } from "./lib/errors.ts";
import type { Archive } from "./lib/archive/buildArchive.ts";
import { articleSchema } from "./lib/schemas/article.ts";
import { policySchema } from "./lib/schemas/policy.ts";
import { quoteSchema } from "./lib/schemas/quote.ts";
import { speakerSchema } from "./lib/schemas/speaker.ts";
import { topicSchema } from "./lib/schemas/topic.ts";

const contentDir = contentDirFromEnv();
let archive: Archive | undefined;

/** Loads the archive once per build (every collection shares it); reloads when a content file changes in dev. */
function currentArchive(context: LoaderContext): Archive {
  if (!archive) {
    archive = loadArchive(contentDir);
    for (const warning of archive.warnings) context.logger.warn(formatProblem(warning));
  }
  return archive;
}

type Entry = { id: string; html?: string; body?: string } & Record<string, unknown>;

let watching = false;

/**
 * A loader that fills one collection from the archive, replacing its entries on every load. In dev,
 * a change under the content folder drops the cached archive (once, in the first listener) and
 * refills every collection; a content error is then logged and the last good entries stay.
 */
function archiveLoader(name: string, pick: (archive: Archive) => readonly Entry[]): Loader {
  return {
    name: `archive-${name}`,
    load: async (context) => {
      const fill = async (): Promise<void> => {
        const entries = pick(currentArchive(context));
        context.store.clear();
        for (const entry of entries) {
          // An entry's `html` (an article's rendered body) becomes its rendered content, not data;
          // its Markdown `body` is not kept (pages use the HTML and the plain text).
          const { html, body: _body, ...fields } = entry;
          const data = await context.parseData({ id: entry.id, data: fields });
          const rendered = typeof html === "string" ? { rendered: { html } } : {};
          context.store.set({ id: entry.id, data, digest: context.generateDigest(entry), ...rendered });
        }
      };
      await fill();
      if (!context.watcher) return;
      context.watcher.add(contentDir);
      if (!watching) {
        watching = true;
        context.watcher.on("all", (_event, changed) => {
          if (changed.startsWith(contentDir)) archive = undefined;
        });
      }
      context.watcher.on("all", (_event, changed) => {
        if (!changed.startsWith(contentDir)) return;
        fill().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

export const collections = {
  articles: defineCollection({
    loader: archiveLoader("articles", (a) => a.articles),
    schema: articleSchema.omit({ html: true, body: true }),
  }),
  speakers: defineCollection({ loader: archiveLoader("speakers", (a) => a.speakers), schema: speakerSchema }),
  topics: defineCollection({ loader: archiveLoader("topics", (a) => a.topics), schema: topicSchema }),
  quotes: defineCollection({ loader: archiveLoader("quotes", (a) => a.quotes), schema: quoteSchema }),
  policies: defineCollection({ loader: archiveLoader("policies", (a) => a.policies), schema: policySchema }),
};
