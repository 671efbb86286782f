import { parseArchiveDate } from "../../dates/kst.ts";

// `/2024/01/02/`, `/2024/1/2`.
const PATH_DAY = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[/?#]|$)/u;
// `20240102…` after a non-digit: `/view/20240102142630339`, `ar_id=NISX20230201_0001`, `newsView/20251110505362`.
const DIGITS_DAY = /(?<=[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?=\d{0,12}(?:\D|$))/gu;
// Parameters that hold a serial article number, never a date: `idxno=20240102` is article 20240102.
const SERIAL = /[?&](?:idxno|idx|no|seq|num|aid|article_?id|newsid)=$/iu;

/**
 * The day a page address carries, as `YYYY-MM-DD`: `/2024/01/02/`, `ar_id=NISX20230201_…`,
 * `/view/20240102142630339`, `newsView/20251110505362`; null when it carries none (`idxno=` pages
 * number their articles) or the digits are not a real day. Only a day: a time is never read from
 * an address.
 */
export function dateFromUrl(url: string): string | null {
  const path = PATH_DAY.exec(url);
  const fromPath = path ? realDay(path[1], path[2], path[3]) : null;
  if (fromPath) return fromPath;
  for (const match of url.matchAll(DIGITS_DAY)) {
    if (SERIAL.test(url.slice(0, match.index))) continue;
    const day = realDay(match[1], match[2], match[3]);
    if (day) return day;
  }
  return null;
}

function realDay(year = "", month = "", day = ""): string | null {
  const parsed = parseArchiveDate(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
  return typeof parsed === "string" ? null : parsed.iso;
}
