import { expect, test } from "vitest";
import { parseKoreanDate } from "../../src/lib/import/koreanDate.ts";

test.each([
  ["2019.10.02 18:24", "2019-10-02T18:24:00+09:00"],
  ["2019.10.02. 18:24", "2019-10-02T18:24:00+09:00"],
  ["2019-10-02 18:24:31", "2019-10-02T18:24:31+09:00"],
  ["2019/10/2 8:05", "2019-10-02T08:05:00+09:00"],
  ["2019년 10월 2일 18시 24분", "2019-10-02T18:24:00+09:00"],
  ["2019.10.02 오후 6:24", "2019-10-02T18:24:00+09:00"],
  ["2019.10.02 오전 12:10", "2019-10-02T00:10:00+09:00"],
  ["2019.10.02 오후 12:10", "2019-10-02T12:10:00+09:00"],
  ["2019.10.02 6:24 PM", "2019-10-02T18:24:00+09:00"],
  ["2019.10.02(수) 18:24", "2019-10-02T18:24:00+09:00"],
  ["2019-10-02T09:24:00Z", "2019-10-02T18:24:00+09:00"],
  ["2019-12-31T20:00:00+00:00", "2020-01-01T05:00:00+09:00"],
  ["2019.10.02", "2019-10-02"],
])("%s is read as %s (KST)", (printed, iso) => {
  expect(parseKoreanDate(printed)).toEqual({ iso });
});

test.each([
  ["2019.02.30 18:24", "2019-02 has no day 30"],
  ["2019.13.02", "month 13 does not exist"],
  ["2019.10.02 25:00", "is not a time of day"],
  ["2019.10.02 오후 13:00", "is not an hour of a 12-hour clock"],
])("%s cannot exist: %s", (printed, reason) => {
  const parsed = parseKoreanDate(printed);
  expect(parsed !== null && "problem" in parsed ? parsed.problem : "").toContain(reason);
});

test.each(["", "18:24", "지난 4일", "2019년", "승인 2019.10.02 18:24"])("%j is not a date by itself", (text) => {
  expect(parseKoreanDate(text)).toBeNull();
});
