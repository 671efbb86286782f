import type { APIRoute, GetStaticPaths } from "astro";
import { subjectFeed, subjectFeedPaths } from "../../../site/subjectFeed.ts";

export const getStaticPaths = (() => subjectFeedPaths("speakers")) satisfies GetStaticPaths;

/** `/speakers/<id>/rss.xml`: the newest articles quoting or reporting on one speaker. */
export const GET: APIRoute = ({ params }) => subjectFeed("speakers", params["id"]);
