import { KST_OFFSET, parseArchiveDate } from "../dates/kst.ts";

/**
 * A date as news pages print it, with an optional time: `2019.10.02 18:24`, `2019-10-02 18:24:31`,
 * `2019/10/02`, `2019년 10월 2일 18시 24분`, `2019.10.02 오후 6:24`, `2019.10.02 6:24 PM`,
 * `2019-10-02T18:24:00+09:00`. Groups: year, month, day, meridiem before, hour, minute, second,
 * meridiem after, offset.
 */
export const KOREAN_DATE_SOURCE =
  String.raw`(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?(?:\s*\([월화수목금토일]\))?` +
  String.raw`(?:(?:\s+|T)(?:(오전|오후|AM|PM)\s*)?(\d{1,2})\s*[:시]\s*(\d{2})\s*분?(?:\s*:\s*(\d{2})(?:\.\d+)?)?` +
  String.raw`(?:\s*(AM|PM))?(Z|[+-]\d{2}:?\d{2})?)?`;

const KOREAN_DATE = new RegExp(`^${KOREAN_DATE_SOURCE}$`, "iu");

const pad = (value: string | number): string => String(value).padStart(2, "0");

function hour24(hour: number, meridiem: string | undefined): number | string {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return `${hour} is not an hour of a 12-hour clock`;
  const afternoon = /^(오후|pm)$/iu.test(meridiem);
  return (hour % 12) + (afternoon ? 12 : 0);
}

/**
 * Reads a printed date (see KOREAN_DATE_SOURCE) as ISO 8601 in KST: `2019-10-02T18:24:00+09:00`, or
 * `2019-10-02` when the page gives no time. A time with another offset is converted to KST; a time
 * without one is KST. Never uses the machine's zone. Returns a reason when the date cannot exist,
 * and null when the text is not a date at all.
 */
export function parseKoreanDate(text: string): { iso: string } | { problem: string } | null {
  const match = KOREAN_DATE.exec(text.trim());
  if (!match) return null;
  const [, year = "", month = "", day = "", before, hour, minute, second, after, offset] = match;
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
