import type { APIRoute } from "astro";
import { articleRecords } from "../../lib/exports/articleRecords.ts";
import { articlesNewestFirst } from "../../site/collections.ts";

/** `/data/articles.json`: every article's public record, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const records = articleRecords(await articlesNewestFirst(), String(site));
  return new Response(JSON.stringify(records, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
