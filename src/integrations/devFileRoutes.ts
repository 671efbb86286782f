// Under `astro dev` with `trailingSlash: "always"`, a dynamic route that writes a file (the
// stylesheet, the data exports, a speaker's or topic's feed) answers only at its address with a
// slash added (`/data/quotes.csv/`), so a page's link to `/data/quotes.csv` got a 404, and the
// pages came without their stylesheet. This passes such requests on to the route as Astro wants
// them; a build writes the files at their own addresses and is not concerned.
import type { AstroIntegration } from "astro";

/** The addresses of files written by dynamic routes: the stylesheet, the exports, per-subject feeds. */
const FILE_ROUTE = /^\/(?:styles\/[^/]+\.css|data\/[^/]+\.(?:json|csv)|(?:speakers|topics)\/[^/]+\/rss\.xml)$/u;

/** The address Astro's dev server answers a request for `url` at: a file route's with a slash added. */
export function devFileRouteUrl(url: string): string {
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  return FILE_ROUTE.test(pathname) ? `${pathname}/${query === -1 ? "" : url.slice(query)}` : url;
}

/** An integration that lets `astro dev` serve the files of dynamic routes at their own addresses. */
export function devFileRoutes(): AstroIntegration {
  return {
    name: "press-archive:dev-file-routes",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          if (request.url) request.url = devFileRouteUrl(request.url);
          next();
        });
      },
    },
  };
}
