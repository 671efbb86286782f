// A speaker's role on the day of a quote, from the registry's partial dates, and its reader label.
import { describe, expect, test } from "vitest";
import { partialDateEnd, partialDateStart } from "../../src/lib/dates/partialDate.ts";
import { kstDayOf, roleAt, roleLabel, roleThenLabel } from "../../src/lib/registry/roleAt.ts";
import type { SpeakerRole } from "../../src/lib/schemas/speaker.ts";

const assembly: SpeakerRole = { title: "국회의원", organisation: "대한민국 국회", from: "2008-05", to: "2014" };
const mayor: SpeakerRole = { title: "광주광역시장", organisation: "광주광역시", from: "2018-07-01", to: "2022-06-30" };
const speaker = { roles: [assembly, mayor] };

describe("partial dates as days", () => {
  test("a year, a month and a day each stand for their first and last day", () => {
    expect([partialDateStart("2014"), partialDateEnd("2014")]).toEqual(["2014-01-01", "2014-12-31"]);
    expect([partialDateStart("2008-05"), partialDateEnd("2008-05")]).toEqual(["2008-05-01", "2008-05-31"]);
    expect([partialDateEnd("2020-02"), partialDateEnd("2021-02"), partialDateEnd("2021-04")]).toEqual([
      "2020-02-29",
      "2021-02-28",
      "2021-04-30",
    ]);
    expect([partialDateStart("2018-07-01"), partialDateEnd("2018-07-01")]).toEqual(["2018-07-01", "2018-07-01"]);
  });
});

describe("roleAt", () => {
  test("a month or a year as `from`/`to` covers all its days", () => {
    expect(roleAt(speaker, "2008-04-30")).toBeNull();
    expect(roleAt(speaker, "2008-05-01")).toBe(assembly);
    expect(roleAt(speaker, "2014-12-31")).toBe(assembly);
    expect(roleAt(speaker, "2015-01-01")).toBeNull();
  });

  test("a role with a day as its end ends that day; a gap between roles has no role", () => {
    expect(roleAt(speaker, "2016-03-02")).toBeNull();
    expect(roleAt(speaker, "2018-06-30")).toBeNull();
    expect(roleAt(speaker, "2018-07-01")).toBe(mayor);
    expect(roleAt(speaker, "2022-06-30")).toBe(mayor);
    expect(roleAt(speaker, "2022-07-01")).toBeNull();
  });

  test("an open role runs on; an unknown day has no role", () => {
    const open: SpeakerRole = { title: "광주광역시장", organisation: "광주광역시", from: "2022-07" };
    expect(roleAt({ roles: [open] }, "2031-01-05")).toBe(open);
    expect(roleAt({ roles: [open] }, "2022-06-30")).toBeNull();
    expect(roleAt(speaker, null)).toBeNull();
    expect(roleAt({ roles: [] }, "2020-01-01")).toBeNull();
  });

  test("of two roles running the same day, the one that began last, whatever the list's order", () => {
    const member: SpeakerRole = {
      title: "국회의원",
      organisation: "대한민국 국회",
      from: "2016-05-30",
      to: "2020-05-29",
    };
    const minister: SpeakerRole = { title: "행정안전부 장관", organisation: "행정안전부", from: "2017-06" };
    expect(roleAt({ roles: [member, minister] }, "2017-06-01")).toBe(minister);
    expect(roleAt({ roles: [minister, member] }, "2017-06-01")).toBe(minister);
    expect(roleAt({ roles: [member, minister] }, "2017-05-31")).toBe(member);
    const chair: SpeakerRole = { title: "위원장", organisation: "혁신추진위원회", from: "2017-06" };
    expect(roleAt({ roles: [minister, chair] }, "2017-07-01")).toBe(chair);
  });
});

describe("the reader's label", () => {
  test("the title alone when it says the organisation, else organisation and title", () => {
    expect(roleLabel(mayor)).toBe("광주광역시장");
    expect(roleLabel({ title: "광주시장", organisation: "광주광역시" })).toBe("광주시장");
    expect(roleLabel(assembly)).toBe("국회의원");
    expect(roleLabel({ title: "경제부시장", organisation: "광주광역시" })).toBe("광주광역시 경제부시장");
    expect(roleLabel({ title: "대표", organisation: "더불어민주당" })).toBe("더불어민주당 대표");
    expect(roleLabel({ title: "경기도지사", organisation: "경기도" })).toBe("경기도지사");
  });

  test("the role on the quote's KST day, not the UTC day", () => {
    expect(kstDayOf("2018-06-30T16:00:00Z")).toBe("2018-07-01");
    expect(roleThenLabel(speaker, "2018-06-30T16:00:00Z")).toBe("당시 광주광역시장");
    expect(roleThenLabel(speaker, "2018-06-30T23:59:00+09:00")).toBeNull();
    expect(roleThenLabel(speaker, "2010-03-02")).toBe("당시 국회의원");
    expect(roleThenLabel(speaker, null)).toBeNull();
    expect(kstDayOf("not a date")).toBeNull();
  });
});
