import type { APIRoute, GetStaticPaths } from "astro";
import { feedResponse } from "../../../site/feed.ts";
import { siteData } from "../../../site/data.ts";

export const getStaticPaths = (async () =>
  (await siteData()).speakers.map((s) => ({ params: { id: s.id }, props: { speaker: s } }))) satisfies GetStaticPaths;

/** `/speakers/<id>/rss.xml`: the newest articles quoting or reporting on one speaker. */
export const GET: APIRoute = async ({ props }) => {
  const { speaker } = props as { speaker: { id: string; name: string } };
  const articles = (await siteData()).articlesBySpeaker.get(speaker.id) ?? [];
  return feedResponse({ subject: speaker.name, description: `${speaker.name} 관련 기사`, articles });
};
