import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { oncePages } from "../site/data.ts";

/** `/rss.xml`: the newest articles of the whole archive, described as the site describes itself (site.yaml). */
export const GET: APIRoute = async () => rss((await oncePages()).feeds.site);
