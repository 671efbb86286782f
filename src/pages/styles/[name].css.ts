// The site's stylesheet, at an address named by its content (src/lib/site/stylesheet.ts). Every page
// links it from its head; pages written outside Astro link the same address. (`astro dev` serves
// it at that address through src/integrations/devFileRoutes.ts.)
import type { APIRoute } from "astro";
import { stylesheetFile } from "../../site/pageContext.ts";

export function getStaticPaths() {
  const { name, css } = stylesheetFile();
  return [{ params: { name }, props: { css } }];
}

export const GET: APIRoute = ({ props }) =>
  new Response(String(props["css"]), { headers: { "Content-Type": "text/css; charset=utf-8" } });
