import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/exports/paths.ts";
import { SITEMAP_INDEX } from "../lib/site/sitemap.ts";
import { siteConfig } from "../site/data.ts";

/** `/robots.txt`: everything may be crawled; points at the sitemap on the site's origin (site.yaml). */
export const GET: APIRoute = async () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`/${SITEMAP_INDEX}`, (await siteConfig()).origin)}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
