// The site's data, loaded from the collections once per build and shared by every page.
import { getCollection } from "astro:content";
import { orderCollections } from "../lib/archive/order.ts";
import { buildSiteIndex, type SiteIndex } from "../lib/site/siteIndex.ts";

let cached: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  const [articles, quotes, policies, speakers, topics] = await Promise.all([
    getCollection("articles"),
    getCollection("quotes"),
    getCollection("policies"),
    getCollection("speakers"),
    getCollection("topics"),
  ]);
  return buildSiteIndex(
    orderCollections({
      articles: articles.map((e) => e.data),
      quotes: quotes.map((e) => e.data),
      policies: policies.map((e) => e.data),
      speakers: speakers.map((e) => e.data),
      topics: topics.map((e) => e.data),
    }),
  );
}

/** Every collection in archive order with its lookups; built once per build (and again in dev, per request). */
export function siteData(): Promise<SiteIndex> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
