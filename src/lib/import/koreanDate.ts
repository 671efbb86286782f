import { KST_OFFSET, parseArchiveDate } from "../dates/kst.ts";

// Each form is written once with named groups (for reading) and used without them (for finding).
const WEEKDAY = String.raw`(?:\s*\(\s*[월화수목금토일](?:요일)?\s*\))`;
const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
// The time after a date: `18:24`, `18:24:31`, `(11:18)`, `오후 6:24`, `6:24 PM`, `18시 24분`,
// `T09:24:00Z`, `18:24 +09:00`, `18:24 KST`, then perhaps a weekday (`06:58 (화)`).
const TIME =
  String.raw`(?:(?:\s*,?\s+(?:at\s+)?|T)\(?\s*(?:(?<before>오전|오후|AM|PM)\s*)?(?<hour>\d{1,2})\s*[:시]\s*(?<minute>\d{2})\s*분?` +
  String.raw`(?:\s*:\s*(?<second>\d{2})(?:\.\d+)?)?(?:\s*(?<after>AM|PM))?\s*\)?` +
  String.raw`(?:\s?(?<offset>Z|[+-]\d{2}:?\d{2}))?(?:\s*KST)?)?${WEEKDAY}?`;
const NUMERIC =
  String.raw`(?<year>\d{4})\s*[.\-/년]\s*(?<month>\d{1,2})\s*[.\-/월]\s*(?<day>\d{1,2})(?!\d)\s*[.일]?${WEEKDAY}?` +
  TIME;
const MONTH_DAY_YEAR =
  String.raw`(?<monthName>${MONTH_NAMES})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?!\d)` + TIME;
const DAY_MONTH_YEAR = String.raw`(?<day>\d{1,2})\s+(?<monthName>${MONTH_NAMES})\.?,?\s+(?<year>\d{4})(?!\d)` + TIME;

const FORMS = [NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR].map((source) => new RegExp(`^${source}$`, "iu"));

const unnamed = (source: string): string => source.replace(/\(\?<\w+>/gu, "(?:");

/**
 * A printed date, with an optional time, as a regular-expression source without capture groups (to
 * build other patterns with): `2019.10.02 18:24`, `2019-10-02 18:24:31`, `2019/10/02`,
 * `2023. 7. 18. 09:52`, `2019년 10월 2일 18시 24분`, `2023년 06월 15일(목) 15:08`,
 * `2021.11.12 (10:27)`, `2019.10.02 오후 6:24`, `2019.10.02 6:24 PM`, `2019-10-02T18:24:00+09:00`,
 * `Mar. 5, 2024`, `5 March 2024 14:30`. Use with the `i` and `u` flags.
 */
export const DATE_SOURCE = `(?:${[NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR].map(unnamed).join("|")})`;

const FIND = new RegExp(String.raw`(?<![\d.])${DATE_SOURCE}`, "giu");

const pad = (value: string | number): string => String(value).padStart(2, "0");

function hour24(hour: number, meridiem: string | undefined): number | string {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return `${hour} is not an hour of a 12-hour clock`;
  const afternoon = /^(오후|pm)$/iu.test(meridiem);
  return (hour % 12) + (afternoon ? 12 : 0);
}

function monthNumber(name: string): number {
  const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  return months.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A printed date read: ISO 8601 in KST, or why it cannot exist. */
export type ReadDate = { iso: string } | { problem: string };

/**
 * Reads a printed date (any form of DATE_SOURCE, the whole text) as ISO 8601 in KST:
 * `2019-10-02T18:24:00+09:00`, or `2019-10-02` when the page gives no time (a day is never given a
 * made-up time). A time with another offset is converted to KST; a time without one is KST. Never
 * uses the machine's zone. Returns a problem when the date cannot exist (Feb 30, 25:00, 오후 13:00),
 * and null when the text is not a date at all.
 */
export function parseKoreanDate(text: string): ReadDate | null {
  const groups = FORMS.map((form) => form.exec(text.trim())).find((m) => m !== null)?.groups;
  if (groups === undefined) return null;
  const { year = "", day = "", before, hour, minute, second, after, offset } = groups;
  const month = groups.monthName === undefined ? (groups.month ?? "") : monthNumber(groups.monthName);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) {
    const parsed = parseArchiveDate(date);
    return typeof parsed === "string" ? { problem: parsed } : { iso: parsed.iso };
  }
  const hours = hour24(Number(hour), before ?? after);
  if (typeof hours === "string") return { problem: hours };
  const zone = offset === undefined ? KST_OFFSET : offset.toUpperCase();
  const parsed = parseArchiveDate(`${date}T${pad(hours)}:${minute}:${second ?? "00"}${zone}`);
  if (typeof parsed === "string") return { problem: parsed };
  // The same instant, written in KST: the archive stores every time in Korea's zone.
  const kst = new Date(parsed.epochMs + 9 * 60 * 60_000);
  const time = `${pad(kst.getUTCHours())}:${pad(kst.getUTCMinutes())}:${pad(kst.getUTCSeconds())}`;
  return { iso: `${parsed.kstDate}T${time}${KST_OFFSET}` };
}

/** A date found inside a longer text: as printed, where, and how it reads. */
export interface FoundDate {
  /** The date as printed, e.g. `2025.12.10`. */
  text: string;
  /** Where it starts in the text. */
  index: number;
  /** How it reads (see parseKoreanDate). */
  date: ReadDate;
}

/** Every full date (year, month and day) printed inside a text, in order: `… 있다. 2025.12.10 a@b.c` → `2025.12.10`. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(FIND)) {
    const printed = match[0].trim();
    const date = parseKoreanDate(printed);
    if (date !== null) found.push({ text: printed, index: match.index, date });
  }
  return found;
}
