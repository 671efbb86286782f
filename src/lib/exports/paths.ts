/** Site paths of every page type. URLs are a public interface: change none of these lightly. */
export const paths = {
  /** `/articles/<id>/` */
  article: (id: string): string => `/articles/${id}/`,
  /** `/quotes/<id>/` */
  quote: (id: string): string => `/quotes/${id}/`,
  /** `/speakers/<id>/` */
  speaker: (id: string): string => `/speakers/${id}/`,
  /** `/topics/<id>/` */
  topic: (id: string): string => `/topics/${id}/`,
  /** `/policies/<id>/` */
  policy: (id: string): string => `/policies/${id}/`,
  /** `/archive/<year>/` */
  year: (year: number): string => `/archive/${year}/`,
  /** A quote's place in its article: `/articles/<article>/#<quote id>`. */
  quoteInArticle: (article: string, quote: string): string => `/articles/${article}/#${quote}`,
} as const;

/** `/`, or a path whose segments are unreserved ASCII and none `.` or `..`: `URL` leaves it as it is. */
const PLAIN_PATH = /^(?:\/[\w~-][\w.~-]*)*\/$|^(?:\/[\w~-][\w.~-]*)+$/u;
const originPrefixes = new Map<string, string>();

/**
 * The absolute URL of a site path on `origin` (`https://example.org/`), as `new URL(path, origin).href`
 * gives it. Pages make several each (canonical, JSON-LD, citations), so a plain path is joined to
 * the origin directly; any other (Hangul, a fragment, dot segments) goes through `URL`.
 */
export function absoluteUrl(path: string, origin: string | URL): string {
  const base = String(origin);
  if (!PLAIN_PATH.test(path)) return new URL(path, base).href;
  let prefix = originPrefixes.get(base);
  if (prefix === undefined) {
    // The origin as `URL` writes it before a path (with any user info, which `.origin` leaves out).
    prefix = new URL("/", base).href.slice(0, -1);
    originPrefixes.set(base, prefix);
  }
  return `${prefix}${path}`;
}
