// Which pages a list's page links to (src/lib/site/pagerNumbers.ts): every page of a short list;
// of a long one few enough links that a page stays small, yet every page a few clicks from any other.
import { describe, expect, test } from "vitest";
import { FULL_PAGER_PAGES, pagerNumbers } from "../../src/lib/site/pagerNumbers.ts";

/** The fewest clicks from page 1 to each page of a list of `count` pages, following each page's links. */
function clicksFromFirst(count: number): number[] {
  const clicks = new Array<number>(count + 1).fill(-1);
  clicks[1] = 0;
  let frontier = [1];
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const next: number[] = [];
    for (const page of frontier)
      for (const n of pagerNumbers(page, count))
        if (clicks[n] === -1) {
          clicks[n] = depth;
          next.push(n);
        }
    frontier = next;
  }
  return clicks.slice(1);
}

describe("pagerNumbers", () => {
  test(`a list of ${FULL_PAGER_PAGES} pages or fewer links every page from each`, () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(7, FULL_PAGER_PAGES)).toEqual(Array.from({ length: FULL_PAGER_PAGES }, (_, i) => i + 1));
  });

  test("a long list: first, last, two each side, this page's ten, its hundred's tens, its thousand's hundreds", () => {
    const numbers = pagerNumbers(2345, 5893);
    expect(numbers).toEqual([
      1, 1000, 2000, 2100, 2200, 2300, 2310, 2320, 2330, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349,
      2350, 2360, 2370, 2380, 2390, 2400, 2500, 2600, 2700, 2800, 2900, 3000, 4000, 5000, 5893,
    ]);
    // Near the ends nothing goes below the first page or past the last.
    expect(pagerNumbers(1, 5893).slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30]);
    expect(pagerNumbers(5893, 5893)).toEqual([
      1, 1000, 2000, 3000, 4000, 5000, 5100, 5200, 5300, 5400, 5500, 5600, 5700, 5800, 5810, 5820, 5830, 5840, 5850,
      5860, 5870, 5880, 5890, 5891, 5892, 5893,
    ]);
    expect(pagerNumbers(21, 21)).toEqual([1, 10, 19, 20, 21]);
  });

  test.each([21, 99, 100, 101, 589, 1000, 5893, 12_345])(
    "a list of %i pages: each page within a few clicks of the first, and few links on any page",
    (count) => {
      const clicks = clicksFromFirst(count);
      const digits = String(count).length;
      expect(clicks.every((n) => n >= 0)).toBe(true);
      expect(Math.max(...clicks)).toBeLessThanOrEqual(digits + 1);
      for (const page of [1, 2, Math.floor(count / 2), count - 1, count]) {
        const numbers = pagerNumbers(page, count);
        expect(numbers.length).toBeLessThanOrEqual(10 * digits + 5);
        expect(numbers).toContain(page);
        expect(new Set(numbers).size).toBe(numbers.length);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      }
    },
  );
});
