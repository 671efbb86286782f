import type { APIRoute } from "astro";
import { feedResponse } from "../site/feed.ts";
import { siteData } from "../site/data.ts";

/** `/rss.xml`: the newest articles of the whole archive. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    subject: null,
    description: "광주광역시장 관련 언론 기사와 발언",
    site,
    articles: (await siteData()).articles,
  });
