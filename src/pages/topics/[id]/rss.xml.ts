import type { APIRoute, GetStaticPaths } from "astro";
import { subjectFeed, subjectFeedPaths } from "../../../site/subjectFeed.ts";

export const getStaticPaths = (() => subjectFeedPaths("topics")) satisfies GetStaticPaths;

/** `/topics/<id>/rss.xml`: the newest articles on one topic. */
export const GET: APIRoute = ({ params }) => subjectFeed("topics", params["id"]);
