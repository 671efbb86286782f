import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { feedItems } from "../../../lib/site/feedItems.ts";
import { siteData } from "../../../site/data.ts";

export const getStaticPaths = (async () =>
  (await siteData()).speakers.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

/** `/speakers/<id>/rss.xml`: the newest articles quoting or reporting on one speaker. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const speaker = data.speaker.get(String(params["id"]));
  return rss({
    title: `${speaker?.name ?? ""} — 광주시장 언론 발언 아카이브`,
    description: `${speaker?.name ?? ""} 관련 기사`,
    site: String(site),
    items: feedItems(data.articlesBySpeaker.get(String(params["id"])) ?? []),
    customData: "<language>ko</language>",
  });
};
