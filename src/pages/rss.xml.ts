import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { feedItems } from "../lib/site/feedItems.ts";
import { siteData } from "../site/data.ts";

/** `/rss.xml`: the newest articles of the whole archive. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: "광주시장 언론 발언 아카이브",
    description: "광주광역시장 관련 언론 기사와 발언",
    site: String(site),
    items: feedItems((await siteData()).articles),
    customData: "<language>ko</language>",
  });
