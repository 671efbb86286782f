// The search index files in dev, built from the site's data and rebuilt when it changes.
import { buildSiteSearch } from "../lib/search/buildSiteSearch.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { indexAsFiles } from "../lib/search/store.ts";
import { siteData } from "./data.ts";

let cached: { site: SiteIndex; files: Map<string, string> } | undefined;

/** Every file of the search index (`path → JSON`), built once per load of the site's data. */
export async function searchFiles(): Promise<Map<string, string>> {
  const site = await siteData();
  if (cached?.site !== site) cached = { site, files: indexAsFiles(buildSiteSearch(site)) };
  return cached.files;
}
