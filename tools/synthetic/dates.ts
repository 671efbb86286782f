import type { Rng } from "./random.ts";

/** When a synthetic article was published, or that it is undated. */
export type Published =
  | { kind: "dated"; iso: string; date: string; year: number; day: number }
  | { kind: "undated"; year: number; day: number; note: string };

const FIRST_YEAR = 2014;
const LAST_YEAR = 2024;
const pad = (n: number): string => String(n).padStart(2, "0");

/** Days in a month, by calendar arithmetic (leap years included); no clock involved. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const NOTES = [
  (day: number) => `원문 사본에 게재일 표기가 없다. 본문은 ‘지난 ${day}일’ 열린 행사를 전한다.`,
  (day: number) => `원문 사본에 날짜가 잘려 있다. 본문의 ‘${day}일’로 보아 그 직후 기사로 보인다.`,
  () => "게재일을 확인할 수 없다. 보관 폴더의 연도만 알려져 있다.",
];

/**
 * A publication time in KST between 2014 and 2024 (`2019-10-02T18:24:00+09:00`), or, with
 * probability `undated`, no date and a note on what is known.
 */
export function drawPublished(rng: Rng, undated: number): Published {
  const year = rng.int(FIRST_YEAR, LAST_YEAR);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysIn(year, month));
  if (rng.chance(undated)) return { kind: "undated", year, day, note: rng.pick(NOTES)(day) };
  const time = `${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}:00`;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { kind: "dated", iso: `${date}T${time}+09:00`, date, year, day };
}
