import type { APIRoute, GetStaticPaths } from "astro";
import { searchFiles } from "../../../site/searchFiles.ts";

/**
 * `/search/index/…` in dev: the sharded search index, loaded piece by piece by the search page.
 * `astro build` writes these files itself (src/integrations/searchIndex.ts), so no page is made here.
 */
export const getStaticPaths = (async () =>
  __ARCHIVE_DEV_SERVER__
    ? [...(await searchFiles()).keys()].map((file) => ({ params: { file } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await searchFiles()).get(String(params["file"])) ?? "{}", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
