import { afterEach, describe, expect, test } from "vitest";
import { formatPublished, parseArchiveDate } from "../../src/lib/dates/kst.ts";

const ZONES = ["UTC", "Asia/Seoul", "America/New_York", "Pacific/Kiritimati"];
const originalTz = process.env["TZ"];
afterEach(() => {
  if (originalTz === undefined) delete process.env["TZ"];
  else process.env["TZ"] = originalTz;
});

describe.each(ZONES)("under TZ=%s", (zone) => {
  test.each([
    ["2019-10-02T18:24:00+09:00", "2019-10-02T18:24:00+09:00", "2019-10-02", "2019년 10월 2일 18:24"],
    ["2019-10-02 18:24", "2019-10-02T18:24:00+09:00", "2019-10-02", "2019년 10월 2일 18:24"],
    ["2019-10-02T18:24", "2019-10-02T18:24:00+09:00", "2019-10-02", "2019년 10월 2일 18:24"],
    ["2019-10-02T09:24:00Z", "2019-10-02T09:24:00+00:00", "2019-10-02", "2019년 10월 2일 18:24"],
    ["2018-12-31T16:30:00Z", "2018-12-31T16:30:00+00:00", "2019-01-01", "2019년 1월 1일 01:30"],
    ["2019-10-02T18:24:00+0900", "2019-10-02T18:24:00+09:00", "2019-10-02", "2019년 10월 2일 18:24"],
    ["2020-02-29", "2020-02-29", "2020-02-29", "2020년 2월 29일"],
  ])("%s → %s (KST date %s, shown as %s)", (input, iso, kstDate, shown) => {
    process.env["TZ"] = zone;
    const parsed = parseArchiveDate(input);
    expect(parsed).toMatchObject({ iso, kstDate });
    expect(formatPublished(input)).toBe(shown);
  });

  test("the 2019 seed's time is the same instant whatever the zone", () => {
    process.env["TZ"] = zone;
    expect(parseArchiveDate("2019-10-02 18:24")).toMatchObject({ epochMs: Date.UTC(2019, 9, 2, 9, 24) });
  });
});

test.each([
  ["2019-02-29", "has no day 29"],
  ["2019-13-01", "month 13"],
  ["2019-10-02T24:00", "not a time of day"],
  ["2019-10-02T18:24:00+15:00", "not a UTC offset"],
  ["2019-10-02T18:24:00+09:60", "not a UTC offset"],
  ["2019.10.02 18:24", "not an ISO 8601 date"],
  ["어제", "not an ISO 8601 date"],
  // The last hour of 9999 west of UTC is already 10000 in KST: no four-digit year folder can hold it.
  ["9999-12-31T23:00:00-01:00", "in the year 10000 in KST"],
])("rejects %s (%s)", (input, reason) => {
  const parsed = parseArchiveDate(input);
  expect(typeof parsed).toBe("string");
  expect(parsed).toContain(reason);
});

test("formatPublished keeps null as null (an undated article is never given a date)", () => {
  expect(formatPublished(null)).toBeNull();
});
