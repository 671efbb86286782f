import type { SiteConfig } from "../../lib/schemas/site.ts";
import type { PageContext } from "../../lib/site/html/document.ts";
import { stylesheetHref } from "../../lib/site/stylesheet.ts";
import { readStylesheet } from "../stylesheet.ts";

/**
 * What the build renders its pages with besides their models: the site's identity and stylesheet
 * (PageContext), and the origin as Astro gives it to a page (`String(Astro.site)`), so both write
 * the same bytes.
 */
export function buildPageContext(projectRoot: string, site: SiteConfig): { context: PageContext; origin: string } {
  return {
    context: { site, stylesheet: stylesheetHref(readStylesheet(projectRoot)) },
    origin: new URL(site.origin).href,
  };
}
