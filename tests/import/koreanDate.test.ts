import { expect, test } from "vitest";
import { findDates, parseKoreanDate } from "../../src/lib/import/koreanDate.ts";

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
  // Portal copies, broadcast sites and regional papers.
  ["2023. 7. 18. 09:52", "2023-07-18T09:52:00+09:00"],
  ["2023년 06월 15일(목) 15:08", "2023-06-15T15:08:00+09:00"],
  ["2024년 3월 5일", "2024-03-05"],
  ["2021.11.12 (10:27)", "2021-11-12T10:27:00+09:00"],
  ["2021-07-27 07:46 (화)", "2021-07-27T07:46:00+09:00"],
  ["2024/11/21 15:30:00", "2024-11-21T15:30:00+09:00"],
  ["2019-10-02 18:24 KST", "2019-10-02T18:24:00+09:00"],
  ["2019.10.02 18:24 +00:00", "2019-10-03T03:24:00+09:00"],
  // English month names on portal copies.
  ["Mar. 5, 2024", "2024-03-05"],
  ["March 5, 2024, 2:30 PM", "2024-03-05T14:30:00+09:00"],
  ["5 March 2024 14:30", "2024-03-05T14:30:00+09:00"],
  ["Dec 31, 2023 11:59 pm", "2023-12-31T23:59:00+09:00"],
])("%s is read as %s (KST)", (printed, iso) => {
  expect(parseKoreanDate(printed)).toEqual({ iso });
});

test.each([
  ["2019.02.30 18:24", "2019-02 has no day 30"],
  ["2019.13.02", "month 13 does not exist"],
  ["2019.10.02 25:00", "is not a time of day"],
  ["2019.10.02 오후 13:00", "is not an hour of a 12-hour clock"],
  ["Feb. 30, 2024", "2024-02 has no day 30"],
  ["2023년 2월 29일", "2023-02 has no day 29"],
])("%s cannot exist: %s", (printed, reason) => {
  const parsed = parseKoreanDate(printed);
  expect(parsed !== null && "problem" in parsed ? parsed.problem : "").toContain(reason);
});

test.each(["", "18:24", "지난 4일", "2019년", "승인 2019.10.02 18:24", "March 2024", "Mayor 5, 2024", "20240305"])(
  "%j is not a date by itself",
  (text) => {
    expect(parseKoreanDate(text)).toBeNull();
  },
);

test("findDates finds every full date inside a text, as printed, with its reading", () => {
  const caption = "| 예시시장이 인사하고 있다. (사진=예시시 제공) 2024.09.26. photo@example.com | 지난 4일 2025.02.30";
  expect(findDates(caption).map((d) => [d.text, d.date])).toEqual([
    ["2024.09.26.", { iso: "2024-09-26" }],
    ["2025.02.30", { problem: "2025-02 has no day 30" }],
  ]);
  expect(findDates("3월 5일 오후 2시에 열린다")).toEqual([]);
});
