import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { feedItems } from "../../../lib/site/feedItems.ts";
import { siteData } from "../../../site/data.ts";

export const getStaticPaths = (async () =>
  (await siteData()).topics.map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

/** `/topics/<id>/rss.xml`: the newest articles on one topic. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const topic = data.topic.get(String(params["id"]));
  return rss({
    title: `${topic?.label ?? ""} — 광주시장 언론 발언 아카이브`,
    description: `주제 ${topic?.label ?? ""} 관련 기사`,
    site: String(site),
    items: feedItems(data.articlesByTopic.get(String(params["id"])) ?? []),
    customData: "<language>ko</language>",
  });
};
