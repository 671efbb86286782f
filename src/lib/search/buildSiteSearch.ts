import type { OrderedCollections } from "../archive/order.ts";
import type { ArticleData } from "../site/siteIndex.ts";
import { buildSearchIndex, type SearchIndex } from "./buildIndex.ts";
import { searchDocuments } from "./documents.ts";

/** The search index of a whole archive: its documents, with speaker and topic names for the filters. */
export function buildSiteSearch(
  data: Pick<OrderedCollections<ArticleData>, "articles" | "quotes" | "policies" | "speakers" | "topics">,
): SearchIndex {
  return buildSearchIndex(searchDocuments(data), {
    speakers: Object.fromEntries(data.speakers.map((s) => [s.id, s.name])),
    topics: Object.fromEntries(data.topics.map((t) => [t.id, t.label])),
  });
}
