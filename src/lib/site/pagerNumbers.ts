/** A list of at most this many pages links every page from each of them. */
export const FULL_PAGER_PAGES = 20;

/**
 * The page numbers a list's page links to, rising: every page of a short list
 * ({@link FULL_PAGER_PAGES} or fewer); for a longer one the first and last pages, the two on each
 * side of this one, every page of this one's ten (pages 40–49 for page 45), every tenth page of
 * its hundred, every hundredth of its thousand, and so on up to the largest such step. Any page is
 * then a few clicks from any other (one per digit of the page count, and one more), and a page
 * carries a few dozen links, not one per page of the list: linked all to all, the pages of a long
 * list grow with its square.
 */
export function pagerNumbers(current: number, count: number): number[] {
  if (count <= FULL_PAGER_PAGES) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set<number>([1, count]);
  const add = (n: number): void => {
    if (n >= 1 && n <= count) shown.add(n);
  };
  for (let n = current - 2; n <= current + 2; n += 1) add(n);
  for (let step = 1; step < count; step *= 10) {
    // The block of ten steps that holds this page: its ten (step 1), its hundred (step 10), …
    const block = Math.floor(current / (step * 10)) * step * 10;
    for (let n = block; n < block + step * 10; n += step) add(n);
  }
  return [...shown].sort((a, b) => a - b);
}
