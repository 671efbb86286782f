import type { SiteIndex } from "../siteIndex.ts";

/** `/search/`: the speakers and topics its filters offer. */
export interface SearchPageModel {
  speakers: { id: string; name: string }[];
  topics: { id: string; label: string }[];
}

/** The model of `/search/`. */
export function searchPageModel(site: SiteIndex): SearchPageModel {
  return {
    speakers: site.speakers.map(({ id, name }) => ({ id, name })),
    topics: site.topics.map(({ id, label }) => ({ id, label })),
  };
}
