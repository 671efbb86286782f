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
