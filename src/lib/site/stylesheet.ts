import { createHash } from "node:crypto";

/** The folder of the site the stylesheet is served from. */
export const STYLESHEET_FOLDER = "styles";

/**
 * The name of the site's stylesheet with text `css`, without `.css`: named by its content
 * (`site.<hash>`), so a browser may keep it for good and a changed stylesheet gets a new address.
 */
export function stylesheetName(css: string): string {
  return `site.${createHash("sha256").update(css).digest("hex").slice(0, 12)}`;
}

/** The address every page links the stylesheet with text `css` at. */
export function stylesheetHref(css: string): string {
  return `/${STYLESHEET_FOLDER}/${stylesheetName(css)}.css`;
}
