import type { APIRoute } from "astro";
import { feedResponse } from "../site/feed.ts";
import { siteData } from "../site/data.ts";

/** `/rss.xml`: the newest articles of the whole archive, described as the site describes itself (site.yaml). */
export const GET: APIRoute = async () => feedResponse({ subject: null, articles: (await siteData()).articles });
