/**
 * The file a page's URL path is written to in the built site (`build.format: "directory"`):
 * `/quotes/x/` → `quotes/x/index.html`, `/rss.xml` → `rss.xml`.
 */
export function pageFileOf(url: string): string {
  const relative = url.replace(/^\/+/u, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
