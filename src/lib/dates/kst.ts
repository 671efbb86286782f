/** The archive's zone: Korea Standard Time, UTC+9 all year (no daylight saving since 1988). */
export const KST_OFFSET = "+09:00";
const KST_OFFSET_MINUTES = 9 * 60;

/** A date, or a date and time, as the archive stores it: normalised ISO 8601 and its instant. */
export interface ArchiveDate {
  /** ISO 8601: `2019-10-02` for a date alone, `2019-10-02T18:24:00+09:00` with a time. */
  iso: string;
  /** The calendar date in KST, `YYYY-MM-DD`. */
  kstDate: string;
  /** The year in KST. */
  kstYear: number;
  /** False when the source gave a date without a time. */
  hasTime: boolean;
  /** Milliseconds since the epoch (for a date alone, midnight KST), for sorting. */
  epochMs: number;
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Date.UTC for any year: Date.UTC itself reads years 0–99 as 1900–1999. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function offsetMinutes(offset: string): number {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Parses an ISO 8601 date or date-time. A time without an offset is KST, never the machine's zone.
 * Returns a reason string instead of a date when the text is not a real date.
 */
export function parseArchiveDate(text: string): ArchiveDate | string {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) return `"${text}" is not an ISO 8601 date such as 2019-10-02 or 2019-10-02T18:24:00+09:00`;
  const [, y, mo, d, h, mi, s, off] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `month ${mo} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `${y}-${mo} has no day ${d}`;
  if (h === undefined || mi === undefined) {
    const epochMs = utcMs(year, month, day) - KST_OFFSET_MINUTES * 60_000;
    const iso = `${y}-${mo}-${d}`;
    return { iso, kstDate: iso, kstYear: year, hasTime: false, epochMs };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? "0");
  if (hour > 23 || minute > 59 || second > 59) return `${h}:${mi}:${s ?? "00"} is not a time of day`;
  const offset = off === undefined ? KST_OFFSET_MINUTES : offsetMinutes(off);
  if (Math.abs(offset) > 14 * 60 || (off !== undefined && off !== "Z" && Number(off.slice(-2)) > 59)) {
    return `offset ${off} is not a UTC offset between -14:00 and +14:00`;
  }
  const epochMs = utcMs(year, month, day, hour, minute, second) - offset * 60_000;
  const iso = `${y}-${mo}-${d}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offset)}`;
  const kst = new Date(epochMs + KST_OFFSET_MINUTES * 60_000);
  if (kst.getUTCFullYear() > 9999 || kst.getUTCFullYear() < 0) {
    return `"${text}" is in the year ${kst.getUTCFullYear()} in KST, and an article's year must have four digits`;
  }
  const kstDate = `${pad(kst.getUTCFullYear(), 4)}-${pad(kst.getUTCMonth() + 1)}-${pad(kst.getUTCDate())}`;
  return { iso, kstDate, kstYear: kst.getUTCFullYear(), hasTime: true, epochMs };
}

/** The instant a KST calendar year begins (midnight, 1 January, KST), in epoch milliseconds. */
export function startOfKstYear(year: number): number {
  return utcMs(year, 1, 1) - KST_OFFSET_MINUTES * 60_000;
}

/** Formats an archive date for Korean readers in KST: `2019년 10월 2일 18:24` (time only when known). */
export function formatKoreanDate(date: ArchiveDate): string {
  const kst = new Date(date.epochMs + KST_OFFSET_MINUTES * 60_000);
  const day = `${kst.getUTCFullYear()}년 ${kst.getUTCMonth() + 1}월 ${kst.getUTCDate()}일`;
  return date.hasTime ? `${day} ${pad(kst.getUTCHours())}:${pad(kst.getUTCMinutes())}` : day;
}

/** Labels already made: a build shows each article's date on hundreds of pages. */
const publishedLabels = new Map<string, string>();

/** Formats a stored `published` value for readers (`2019년 10월 2일 18:24`), or null when it is null. */
export function formatPublished(published: string | null): string | null {
  if (published === null) return null;
  let label = publishedLabels.get(published);
  if (label === undefined) {
    const parsed = parseArchiveDate(published);
    label = typeof parsed === "string" ? published : formatKoreanDate(parsed);
    publishedLabels.set(published, label);
  }
  return label;
}
