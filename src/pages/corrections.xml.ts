import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { correctionFeedChannel } from "../lib/site/correctionFeed.ts";
import { archiveCorrections } from "../lib/site/corrections.ts";
import { siteData } from "../site/data.ts";

/** `/corrections.xml`: the archive's newest corrections, each linked to its place on its article's page. */
export const GET: APIRoute = async () => {
  const site = await siteData();
  return rss(correctionFeedChannel({ site: site.siteConfig, corrections: archiveCorrections(site.articles) }));
};
