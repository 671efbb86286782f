import type { APIRoute, GetStaticPaths } from "astro";
import { searchFiles } from "../../../site/searchFiles.ts";

/** `/search/index/…`: the sharded search index, loaded piece by piece by the search page. */
export const getStaticPaths = (async () =>
  [...(await searchFiles()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await searchFiles()).get(String(params["file"])) ?? "{}", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
