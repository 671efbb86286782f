// One way to answer an RSS route: the archive's name, Korean, the newest articles first.
import rss from "@astrojs/rss";
import { feedChannel } from "../lib/site/feedItems.ts";
import type { ArticleData } from "../lib/site/siteIndex.ts";

/** An RSS response for a list of articles (already newest first); the channel is {@link feedChannel}'s. */
export function feedResponse(options: {
  subject: string | null;
  description: string;
  site: URL | undefined;
  articles: readonly ArticleData[];
}): Promise<Response> {
  return rss(feedChannel({ ...options, site: String(options.site) }));
}
