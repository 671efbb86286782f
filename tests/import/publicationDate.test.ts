import { expect, test } from "vitest";
import { ContentError } from "../../src/lib/errors.ts";
import { arrangeLines } from "../../src/lib/import/arrangeLines.ts";
import { datePublished, type DatingOptions } from "../../src/lib/import/publicationDate.ts";
import { textToLines } from "../../src/lib/import/sourceLines.ts";
import type { Undecided } from "../../src/lib/import/types.ts";

// Invented pages: the byline and furniture shapes of real ones, none of their words.
const LEAD = "예시시는 5일 시청에서 공원 새 단장 계획을 발표하고 시민 의견을 듣겠다고 밝혔다.";
const page = (above: string, below = ""): string =>
  `예시시, 공원 새 단장\n${above}\n\n${LEAD}\n\n시는 다음 달까지 설계를 마칠 예정이다.\n${below}\nⓒ예시일보\n`;

function dating(text: string, options: DatingOptions = {}) {
  const arranged = arrangeLines(textToLines(text));
  if (arranged === null) throw new Error("no arrangement");
  const undecided: Undecided[] = [];
  const result = datePublished(arranged, options, "raw.txt", undecided);
  return { ...result, open: undecided.filter((u) => u.field === "published").map((u) => u.message) };
}

test.each([
  ["입력 with a time", page("입력 2024.03.05 11:40"), "2024-03-05T11:40:00+09:00", "time"],
  [
    "a 승인 bullet",
    page("  • 한가람 기자\n  • 승인 2020.09.14 10:35\n  • 댓글 0"),
    "2020-09-14T10:35:00+09:00",
    "time",
  ],
  ["기사입력 with 오후", page("기사입력 2019.10.02 오후 6:24"), "2019-10-02T18:24:00+09:00", "time"],
  ["등록", page("등록 2024-08-13 10:41:09"), "2024-08-13T10:41:09+09:00", "time"],
  [
    "기사등록 before 최종수정",
    page("기사등록 2024/11/21 15:30:00 최종수정 2024/11/21 17:44:51"),
    "2024-11-21T15:30:00+09:00",
    "time",
  ],
  ["송고시간 glued to its date", page("송고시간2021-06-08 10:50"), "2021-06-08T10:50:00+09:00", "time"],
  [
    "입력 : with an earlier 수정",
    page("입력 : 2024-08-20 04:15:00 수정 : 2024-08-20 02:33:19"),
    "2024-08-20T04:15:00+09:00",
    "time",
  ],
  ["a time in brackets", page("입력 2021.11.12 (10:27) 수정 2021.11.12 (13:49)"), "2021-11-12T10:27:00+09:00", "time"],
  [
    "a page header's UPDATE. stamp above the article",
    `UPDATE. 2021-07-27 07:46 (화)\n${page("  • 한가람 기자\n  • 승인 2021.04.19 08:37")}`,
    "2021-04-19T08:37:00+09:00",
    "time",
  ],
  ["a date before the reporter", page("2014-02-05 한가람 기자"), "2014-02-05", "day"],
  ["a place, the reporter, the date", page("광주=박솔잎 기자 2022. 6. 27. 14:32"), "2022-06-27T14:32:00+09:00", "time"],
  ["a portal's name then date", page("김하늘 2023. 7. 18. 09:52"), "2023-07-18T09:52:00+09:00", "time"],
  ["a portal's outlet then date", page("ABC 2023. 4. 12. 18:37"), "2023-04-12T18:37:00+09:00", "time"],
  [
    "an outlet, a reporter, a date",
    page("examplenews 이바다기자 |  2023.02.14 16:21:37"),
    "2023-02-14T16:21:37+09:00",
    "time",
  ],
  [
    "a reporter line with 입력, 수정 and 조회수",
    page("최들샘 기자 입력 2018-06-21 08:14:27 수정 2018-06-21 08:14:27 조회수 0"),
    "2018-06-21T08:14:27+09:00",
    "time",
  ],
  [
    "a reporter line, then the date alone",
    page("여수=정이든 기자 ede@example.com\n2024년 10월 17일(목) 09:44"),
    "2024-10-17T09:44:00+09:00",
    "time",
  ],
  ["a date line alone", page("2023년 06월 15일(목) 15:08"), "2023-06-15T15:08:00+09:00", "time"],
  ["a day alone: no time is made up", page("2024년 3월 5일"), "2024-03-05", "day"],
  [
    "기자명 … 입력 … 승인 … 댓글 0",
    page("기자명 윤슬기 입력 2024.03.05 10:00 승인 2024.03.05 11:00 댓글 0"),
    "2024-03-05T11:00:00+09:00",
    "time",
  ],
  ["an English month name", page("Mar. 5, 2024"), "2024-03-05", "day"],
  ["a day-first English date with a time", page("5 March 2024 14:30"), "2024-03-05T14:30:00+09:00", "time"],
  ["a given offset, converted to KST", page("입력 2019-10-02T09:24:00Z"), "2019-10-02T18:24:00+09:00", "time"],
  [
    "the page's date metadata glued to the headline",
    ` date 2025-09-03 예시시, 공원 새 단장\n\n${LEAD}\n\nⓒ예시일보\n`,
    "2025-09-03",
    "day",
  ],
  [
    "a labelled date over a bare date line below the article",
    page("입력 2024.03.05 11:40", "\n2023.01.02\n"),
    "2024-03-05T11:40:00+09:00",
    "time",
  ],
])("%s: the published date and its certainty, nothing left open", (_name, text, published, certainty) => {
  const result = dating(text);
  expect(result.published).toBe(published);
  expect(result.certainty).toBe(certainty);
  expect(result.kstDate).toBe(published.slice(0, 10));
  expect(result.year).toBe(Number(published.slice(0, 4)));
  expect(result.dateNote).toBeUndefined();
  expect(result.open).toEqual([]);
});

test.each([
  ["수정 alone", page("수정 2023-03-02 11:30")],
  ["업데이트 alone", page("업데이트 2023.03.02 11:30")],
  ["a page header's UPDATE. stamp alone", `UPDATE. 2021-07-27 07:46 (화)\n${page("  • 한가람 기자")}`],
  ["dates only inside sentences", page("", "\n지난 2024년 3월 5일 열린 회의에서 계획이 정해졌다.\n")],
])("%s: no publication date, and the editor is told", (_name, text) => {
  const result = dating(text);
  expect(result).toMatchObject({ published: null, kstDate: null, year: null, certainty: "none", from: null });
  expect(result.dateNote).toBe("원문 사본에 게재일 표기가 없다.");
  expect(result.open).toHaveLength(1);
});

const CAPTION = "| [예시=예시뉴스] 예시시장이 공원에서 인사하고 있다. 2024.10.30 photo@example.com |";

test("a date found only in a photo caption is the day, flagged as uncertain", () => {
  const result = dating(`예시시, 공원 새 단장\n\n${LEAD}\n\n![]() |\n${CAPTION}\n\n시는 설계를 마칠 예정이다.\n`);
  expect(result).toMatchObject({ published: "2024-10-30", certainty: "caption", year: 2024 });
  expect(result.from).toContain("photo caption");
  expect(result.dateNote).toContain("사진 설명");
  expect(result.open).toHaveLength(1);
  expect(result.open[0]).toContain("photo caption");
});

test("a byline date wins over a caption's other day, and nothing is left open", () => {
  const result = dating(page("기사등록 2024/11/21 15:30:00", `\n${CAPTION}\n`));
  expect(result).toMatchObject({ published: "2024-11-21T15:30:00+09:00", certainty: "time" });
  expect(result.open).toEqual([]);
});

test.each([
  ["https://news.example.com/2024/01/02/park/", "2024-01-02"],
  ["https://news.example.com/view/?ar_id=NISX20230201_0001234567", "2023-02-01"],
  ["https://portal.example.com/v/20240102142630339", "2024-01-02"],
  ["https://news.example.com/newsView/20251110505362", "2025-11-10"],
])("without a date in the text, the address %s gives the day %s, flagged", (url, day) => {
  const result = dating(page(""), { url });
  expect(result).toMatchObject({ published: day, certainty: "url", from: `page address: ${url}` });
  expect(result.open).toHaveLength(1);
  expect(result.dateNote).toContain("기사 주소");
});

test("an idxno= address carries no date", () => {
  const result = dating(page(""), { url: "https://news.example.com/news/articleView.html?idxno=20240102" });
  expect(result.published).toBeNull();
});

test("a date in the text wins over the address", () => {
  const result = dating(page("입력 2024.03.05 11:40"), { url: "https://news.example.com/2024/03/04/a/" });
  expect(result).toMatchObject({ published: "2024-03-05T11:40:00+09:00", certainty: "time" });
  expect(result.open).toEqual([]);
});

test.each([
  ["2024-03-06", "2024-03-06", "day"],
  ["2024-03-06T09:00", "2024-03-06T09:00:00+09:00", "time"],
  ["2024.03.06 오전 9:00", "2024-03-06T09:00:00+09:00", "time"],
])("--published %s wins over the text: %s", (flag, published, certainty) => {
  const result = dating(page("입력 2024.03.05 11:40"), { published: flag });
  expect(result).toMatchObject({ published, certainty, from: `--published: ${flag}` });
  // The text says another day: the editor is asked to look once more.
  expect(result.open).toHaveLength(1);
});

test("--published that agrees with the text's day leaves nothing open", () => {
  expect(dating(page("입력 2024.03.05 11:40"), { published: "2024-03-05T11:40" }).open).toEqual([]);
});

test.each([
  ["not a date", { published: "yesterday" }, "is not a date"],
  ["an impossible date", { published: "2024-02-30" }, "2024-02 has no day 30"],
  ["a year other than --year", { published: "2024-03-06", year: 2023 }, "--year 2023"],
])("--published that is %s is refused with a fix", (_name, options, message) => {
  try {
    dating(page(""), options);
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const [first] = (error as ContentError).problems;
    expect(first?.field).toBe("published");
    expect(first?.message).toContain(message);
  }
});

test("a printed date in another year than --year is refused, as before", () => {
  expect(() => dating(page("입력 2024.03.05 11:40"), { year: 2023 })).toThrow(ContentError);
});

test("a caption's date in another year than --year is dropped: the editor's year wins, and the question stays", () => {
  const result = dating(`예시시, 공원 새 단장\n\n${LEAD}\n\n${CAPTION}\n`, { year: 2023 });
  expect(result).toMatchObject({ published: null, year: 2023, certainty: "none" });
  expect(result.open).toHaveLength(1);
});

test("an impossible printed date is a problem, not a guess", () => {
  const result = dating(page("입력 2024.02.30 09:15"), { year: 2024 });
  expect(result).toMatchObject({ published: null, year: 2024, certainty: "none" });
  expect(result.dateNote).toBe(
    "원문 사본에 게재일 표기가 없다. 적힌 날짜(입력 2024.02.30 09:15)는 있을 수 없는 날짜다.",
  );
  expect(result.open[0]).toContain("2024-02 has no day 30");
});

test("a 12-hour time past 12 is a problem too", () => {
  expect(dating(page("기사입력 2024.03.05 오후 13:10")).published).toBeNull();
});
