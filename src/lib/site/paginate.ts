/** One page of a paginated list. */
export interface Page<T> {
  /** The items on this page. */
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** This page's path. */
  path: string;
  /** The previous and next pages' paths, when there are such pages. */
  previous: string | null;
  next: string | null;
}

/** The path of page `number` of a list whose first page is `base` (`/quotes/` → `/quotes/page/2/`). */
export function pagePath(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      items: items.slice(index * size, number * size),
      number,
      count,
      path: pagePath(base, number),
      previous: number > 1 ? pagePath(base, number - 1) : null,
      next: number < count ? pagePath(base, number + 1) : null,
    };
  });
}
