import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { oncePages } from "../site/data.ts";

/** `/corrections.xml`: the archive's newest corrections, each linked to its place on its article's page. */
export const GET: APIRoute = async () => rss((await oncePages()).feeds.corrections);
