// The search index files, built once per build from the site's data.
import { buildSiteSearch } from "../lib/search/buildSiteSearch.ts";
import { indexAsFiles } from "../lib/search/store.ts";
import { siteData } from "./data.ts";

let cached: Promise<Map<string, string>> | undefined;

/** Every file of the search index (`path → JSON`), built once. */
export function searchFiles(): Promise<Map<string, string>> {
  cached ??= siteData().then((data) => indexAsFiles(buildSiteSearch(data)));
  return cached;
}
