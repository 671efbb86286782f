// Thin helpers for pages: read the collections and put them in the archive's one fixed order
// (Astro leaves collection order unspecified).
import { getCollection } from "astro:content";
import { orderCollections } from "../lib/archive/order.ts";

/** Every collection, ordered: articles newest first, quotes and policies by article and place. */
export async function archiveData() {
  const [articles, quotes, policies, speakers, topics] = await Promise.all([
    getCollection("articles"),
    getCollection("quotes"),
    getCollection("policies"),
    getCollection("speakers"),
    getCollection("topics"),
  ]);
  return orderCollections({
    articles: articles.map((e) => e.data),
    quotes: quotes.map((e) => e.data),
    policies: policies.map((e) => e.data),
    speakers: speakers.map((e) => e.data),
    topics: topics.map((e) => e.data),
  });
}
