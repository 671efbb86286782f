// One way to answer an RSS route: the archive's name, language and licence, the newest articles first.
import rss from "@astrojs/rss";
import { feedChannel } from "../lib/site/feedItems.ts";
import type { ArticleData } from "../lib/site/siteIndex.ts";
import { siteData } from "./data.ts";

/**
 * An RSS response for a list of articles (already newest first); the channel is {@link feedChannel}'s,
 * on the site's identity (src/site/data.ts). `description` defaults to the site's own.
 */
export async function feedResponse(options: {
  subject: string | null;
  description?: string | undefined;
  articles: readonly ArticleData[];
}): Promise<Response> {
  const site = (await siteData()).siteConfig;
  return rss(feedChannel({ ...options, description: options.description ?? site.description, site }));
}
