import type { SiteConfig } from "../../schemas/site.ts";
import { displayHtml } from "./displayHtml.ts";
import { pageBodyHtml, pageHeadHtml, type MarkupPage } from "./layout.ts";

/** What every page needs besides its own model: the site's identity and the stylesheet's address. */
export interface PageContext {
  site: SiteConfig;
  /** The stylesheet's address (src/lib/site/stylesheet.ts). */
  stylesheet: string;
}

/** A page's document in its three parts: the `<html>` language, the inside of `<head>` and of `<body>`. */
export interface DocumentParts {
  lang: string;
  head: string;
  body: string;
}

/**
 * The parts of the document of `page` at `pathname`: the head (title, meta, stylesheet…) and the
 * body (header, main content, footer), text shown as displayHtml says. Astro's layout
 * (src/layouts/MarkupPage.astro) and the build's page workers (src/io/pageRender/) both write
 * pages from these parts, so a page is the same whoever writes it.
 */
export function documentParts(page: MarkupPage, pathname: string, context: PageContext): DocumentParts {
  const { site, stylesheet } = context;
  return {
    lang: site.language,
    head: displayHtml(pageHeadHtml(page.frame, pathname, site, stylesheet).html),
    body: displayHtml(pageBodyHtml(page.frame, pathname, page.main, site).html),
  };
}

/**
 * The whole file of a page from its parts, byte for byte as Astro writes the layout
 * src/layouts/MarkupPage.astro (tests/build/pageDialect.test.ts compares the two).
 */
export function documentHtml(parts: DocumentParts): string {
  return `<!DOCTYPE html><html lang="${parts.lang}"> <head>${parts.head}</head><body>${parts.body}</body></html>`;
}
