import { parseArchiveDate } from "../dates/kst.ts";

/** A search's date filter: KST calendar dates `YYYY-MM-DD`, both ends inclusive, either may be open. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * What a record's filter date is: a KST date `YYYY-MM-DD` when the day is known, the year alone
 * `YYYY` when only that is known (an article filed under its year without a date), or null.
 */
export type FilterDate = string | null;

/**
 * Where a record falls against a date range:
 * - `in`: its day is inside the range (or there is no range);
 * - `year`: only its year is known, and that year overlaps the range, so it may be inside: it is
 *   kept, and shown with its year alone;
 * - `undated`: nothing is known of its date: it is kept, listed after every dated record as 날짜 미상
 *   and counted, never silently dropped;
 * - `out`: its day or its year lies outside the range.
 */
export type DatePlacement = "in" | "year" | "undated" | "out";

/** The filter date of a record: its day when known, else the year it is filed under, else null. */
export function filterDateOf(date: string | null, year: number | null): FilterDate {
  return date ?? (year === null ? null : String(year).padStart(4, "0"));
}

/** Places a record's filter date against a range (see {@link DatePlacement}). */
export function placeDate(date: FilterDate, range: DateRange): DatePlacement {
  if (!range.from && !range.to) return "in";
  if (date === null) return "undated";
  if (date.length === 4) {
    const fromYear = range.from?.slice(0, 4);
    const toYear = range.to?.slice(0, 4);
    return (fromYear && date < fromYear) || (toYear && date > toYear) ? "out" : "year";
  }
  return (range.from && date < range.from) || (range.to && date > range.to) ? "out" : "in";
}

/** Why a date range cannot be searched: which end, what was given, and what is wrong with it. */
export interface DateRangeProblem {
  /** The end at fault: `from`, `to`, or `from` for a range whose ends are the wrong way round. */
  field: "from" | "to";
  /** `form`: not written YYYY-MM-DD; `impossible`: no such day; `order`: from is after to. */
  kind: "form" | "impossible" | "order";
  /** The value given. */
  value: string;
  /** For `impossible`, why (`month 13 does not exist`). */
  reason?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

function checkDay(field: "from" | "to", value: string | undefined): DateRangeProblem | null {
  if (value === undefined || value === "") return null;
  if (!DAY.test(value)) return { field, kind: "form", value };
  const parsed = parseArchiveDate(value);
  return typeof parsed === "string" ? { field, kind: "impossible", value, reason: parsed } : null;
}

/**
 * Checks a date range as given (flags, a URL): each end a real calendar day written `YYYY-MM-DD`,
 * and `from` not after `to`. Returns the first problem, or null when the range can be searched.
 */
export function dateRangeProblem(range: DateRange): DateRangeProblem | null {
  const problem = checkDay("from", range.from) ?? checkDay("to", range.to);
  if (problem) return problem;
  if (range.from && range.to && range.from > range.to) return { field: "from", kind: "order", value: range.from };
  return null;
}

/** A date-range problem in English, naming the flag and the expected form (the terminal's usage error). */
export function dateRangeProblemText(problem: DateRangeProblem, range: DateRange): string {
  const flag = `--${problem.field}`;
  switch (problem.kind) {
    case "form":
      return `${flag} ${problem.value}: write the date as YYYY-MM-DD, e.g. 2021-01-01`;
    case "impossible":
      return `${flag} ${problem.value}: ${problem.reason ?? "no such day"}; write a real date as YYYY-MM-DD, e.g. 2021-01-01`;
    case "order":
      return `--from ${range.from ?? ""} is after --to ${range.to ?? ""}: give the earlier date as --from (YYYY-MM-DD)`;
  }
}

const LABEL = { from: "시작일", to: "종료일" } as const;

/** A date-range problem in Korean, for the search page: which field, what was given, what to write. */
export function dateRangeProblemKorean(problem: DateRangeProblem, range: DateRange): string {
  const label = LABEL[problem.field];
  switch (problem.kind) {
    case "form":
      return `${label}을 날짜로 읽을 수 없습니다(‘${problem.value}’). 2021-01-01처럼 연-월-일로 적어 주세요.`;
    case "impossible":
      return `${label} ${problem.value}: 달력에 없는 날짜입니다. 2021-01-01처럼 연-월-일로 적어 주세요.`;
    case "order":
      return `시작일(${range.from ?? ""})이 종료일(${range.to ?? ""})보다 늦습니다. 시작일에 더 이른 날짜를 넣어 주세요.`;
  }
}

/**
 * How a result's date reads (the page and the terminal alike): the day, `2021년 (월·일 미상)` when
 * only the year is known, `날짜 미상` when nothing is.
 */
export function searchDateLabel(date: string | null, year: number | null): string {
  if (date !== null) return date;
  return year === null ? "날짜 미상" : `${year}년 (월·일 미상)`;
}
