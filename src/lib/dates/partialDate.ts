/**
 * Partial dates as the registry writes them (`2018`, `2018-07`, `2018-07-01`), read as the span of
 * KST days they stand for. Days are `YYYY-MM-DD` strings, which sort as the days do.
 */

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function lastDayOfMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The first day a partial date stands for: `2018` → `2018-01-01`, `2018-07` → `2018-07-01`. */
export function partialDateStart(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}

/** The last day a partial date stands for: `2018` → `2018-12-31`, `2020-02` → `2020-02-29`. */
export function partialDateEnd(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) {
    const day = lastDayOfMonth(Number(partial.slice(0, 4)), Number(partial.slice(5, 7)));
    return `${partial}-${String(day).padStart(2, "0")}`;
  }
  return partial;
}
