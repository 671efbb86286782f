// What every page is written with besides its own model: the site's identity and the stylesheet's
// address. Astro's pages and the build's page workers (src/io/pageRender/) make it the same way.
import { readStylesheet } from "../io/stylesheet.ts";
import type { PageContext } from "../lib/site/html/document.ts";
import { stylesheetHref, stylesheetName } from "../lib/site/stylesheet.ts";
import { siteConfig } from "./data.ts";

/** The stylesheet's text; read once per build, and on every request in dev (so an edit shows). */
let stylesheetText: string | undefined;
function stylesheet(): string {
  if (__ARCHIVE_DEV_SERVER__ || stylesheetText === undefined) stylesheetText = readStylesheet(process.cwd());
  return stylesheetText;
}

/** The site's identity and stylesheet address, for the layout of every page. */
export async function pageContext(): Promise<PageContext> {
  return { site: await siteConfig(), stylesheet: stylesheetHref(stylesheet()) };
}

/** The stylesheet as the site serves it: its name (by content, without `.css`) and its text. */
export function stylesheetFile(): { name: string; css: string } {
  const css = stylesheet();
  return { name: stylesheetName(css), css };
}
