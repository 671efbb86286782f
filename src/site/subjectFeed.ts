// The routes of the per-speaker and per-topic feeds (`/speakers/<id>/rss.xml`, `/topics/<id>/rss.xml`):
// one feed per subject, its channel made with the one-off pages (src/lib/site/oncePages.ts).
import rss from "@astrojs/rss";
import type { FeedChannels } from "../lib/site/oncePages.ts";
import { oncePages } from "./data.ts";

type Subjects = "speakers" | "topics";

/** One path per subject of `kind`, in registry order, for the feed route's getStaticPaths. */
export async function subjectFeedPaths(kind: Subjects): Promise<{ params: { id: string } }[]> {
  const feeds: FeedChannels = (await oncePages()).feeds;
  return [...feeds[kind].keys()].map((id) => ({ params: { id } }));
}

/** The feed of the subject `id` of `kind`; a 404 for a subject the archive does not have. */
export async function subjectFeed(kind: Subjects, id: string | undefined): Promise<Response> {
  const channel = id === undefined ? undefined : (await oncePages()).feeds[kind].get(id);
  return channel ? rss(channel) : new Response(null, { status: 404 });
}
