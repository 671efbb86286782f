// One way to answer an RSS route: the archive's name, Korean, the newest articles first.
import rss from "@astrojs/rss";
import { feedItems } from "../lib/site/feedItems.ts";
import { SITE_NAME } from "../lib/site/siteName.ts";
import type { ArticleData } from "../lib/site/siteIndex.ts";

/** An RSS response for a list of articles (already newest first). */
export function feedResponse(options: {
  subject: string | null;
  description: string;
  site: URL | undefined;
  articles: readonly ArticleData[];
}): Promise<Response> {
  return rss({
    title: options.subject ? `${options.subject} — ${SITE_NAME}` : SITE_NAME,
    description: options.description,
    site: String(options.site),
    items: feedItems(options.articles),
    customData: "<language>ko</language>",
  });
}
