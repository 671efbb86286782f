// Thin helpers for pages: read a collection and put it in the archive's fixed order.
import { getCollection } from "astro:content";
import { compareArticles } from "../lib/archive/order.ts";

/** Every article's data, newest first (collection order is unspecified, so sort explicitly). */
export async function articlesNewestFirst() {
  const entries = await getCollection("articles");
  return entries.map((entry) => entry.data).sort(compareArticles);
}
