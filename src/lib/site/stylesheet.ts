import { createHash } from "node:crypto";

/** The folder of the site the stylesheet is served from. */
export const STYLESHEET_FOLDER = "styles";

/**
 * The file name of the site's stylesheet with text `css`: named by its content (`site.<hash>.css`),
 * so a browser may keep it for good and a changed stylesheet gets a new address.
 */
export function stylesheetFileName(css: string): string {
  return `site.${createHash("sha256").update(css).digest("hex").slice(0, 12)}.css`;
}

/** The address every page links the stylesheet with text `css` at. */
export function stylesheetHref(css: string): string {
  return `/${STYLESHEET_FOLDER}/${stylesheetFileName(css)}`;
}
