import type { APIRoute, GetStaticPaths } from "astro";
import { feedResponse } from "../../../site/feed.ts";
import { siteData } from "../../../site/data.ts";

export const getStaticPaths = (async () =>
  (await siteData()).topics.map((t) => ({ params: { id: t.id }, props: { topic: t } }))) satisfies GetStaticPaths;

/** `/topics/<id>/rss.xml`: the newest articles on one topic. */
export const GET: APIRoute = async ({ props }) => {
  const { topic } = props as { topic: { id: string; label: string } };
  const articles = (await siteData()).articlesByTopic.get(topic.id) ?? [];
  return feedResponse({ subject: topic.label, description: `주제 ${topic.label} 관련 기사`, articles });
};
