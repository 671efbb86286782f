import { expect, test } from "vitest";
import { arrangeLines } from "../../src/lib/import/arrangeLines.ts";
import { reporterCandidates, reporterInDateline } from "../../src/lib/import/reporter.ts";
import { textToLines } from "../../src/lib/import/sourceLines.ts";

// Invented pages: the byline, dateline and footer shapes of real ones, none of their words.
const TITLE = "예시시, 공원 새 단장";
const LEAD = "예시시는 5일 시청에서 공원 새 단장 계획을 발표하고 시민 의견을 듣겠다고 밝혔다.";
const MORE = "시는 다음 달까지 설계를 마치고 내년 봄에 공사를 시작할 예정이라고 덧붙였다.";

function reporters(text: string): string[] {
  const arranged = arrangeLines(textToLines(text));
  if (arranged === null) throw new Error("no arrangement");
  return [...new Set(reporterCandidates(arranged, arranged.body[0]?.text).map((c) => c.value))];
}

test.each([
  ["a byline bullet", `${TITLE}\n  • 한가람 기자\n  • 승인 2020.09.14 10:35\n  • 댓글 0\n\n${LEAD}\n`, "한가람"],
  [
    "a bare name bullet over a date bullet",
    `${TITLE}\n  • 한가람\n  • 등록 2024-08-13 10:41:09\n\n${LEAD}\n\n${MORE}\n`,
    "한가람",
  ],
  ["a portal's name then date", `${TITLE}\n\n김하늘 2023. 7. 18. 09:52\n\n${LEAD}\n`, "김하늘"],
  [
    "a reporter without a space before 기자",
    `${TITLE}\n\nexamplenews 이바다기자 |  2023.02.14 16:21:37\n\n${LEAD}\n`,
    "이바다",
  ],
  ["a date then the reporter", `${TITLE}\n2014-02-05 한가람 기자\n\n${LEAD}\n`, "한가람"],
  ["a place, the reporter, the date", `${TITLE}\n광주=박솔잎 기자 2022. 6. 27. 14:32\n\n${LEAD}\n`, "박솔잎"],
  [
    "a place and an e-mail",
    `${TITLE}\n\n여수=정이든 기자 ede@example.com\n2024년 10월 17일(목) 09:44\n${LEAD}\n`,
    "정이든",
  ],
  [
    "a two-word place",
    `${TITLE}\n입력 : 2024-08-20 04:15:00\n경기 광주=정이든 기자 ede@example.com\n\n${LEAD}\n`,
    "정이든",
  ],
  [
    "a reporter line with dates and a count",
    `${TITLE}\n\n최들샘 기자 입력 2018-06-21 08:14:27 수정 2018-06-21 08:14:27 조회수 0\n\n${LEAD}\n`,
    "최들샘",
  ],
  ["a dateline with a space", `${TITLE}\n\n[예시=예시뉴스] 박진솔 기자 = ${LEAD}\n`, "박진솔"],
  ["a dateline without a space after ]", `${TITLE}\n\n[서울=예시뉴스]김가온 기자 = ${LEAD}\n`, "김가온"],
  ["a wire dateline in round brackets", `${TITLE}\n\n(광주=예시통신) 손다온 기자 = ${LEAD}\n`, "손다온"],
  ["a dateline inside the brackets", `${TITLE}\n\n[예시뉴스=조하람 기자] ${LEAD}\n`, "조하람"],
  [
    "a dateline after a caption whose own dateline names no one",
    `${TITLE}\n\n[광주=예시뉴스] 예시시장이 26일 상인들과 인사하고 있다. (사진=예시시 제공) 2024.09.26. photo@example.com\n\n[서울=예시뉴스]김가온 기자 = ${LEAD}\n`,
    "김가온",
  ],
  [
    "a dateline after page furniture and a late byline",
    `${TITLE}\n송고시간2021-06-08 10:50\n\n관련 기사 제목 한 줄\n\n(광주=예시통신) 손다온 기자 = ${LEAD}\n`,
    "손다온",
  ],
  ["a reporter footer with an e-mail", `${TITLE}\n\n${LEAD}\n\n${MORE}\n\n정상희 기자 sanghee@example.com\n`, "정상희"],
  [
    "a name and e-mail, then a role line",
    `${TITLE}\n\n${LEAD}\n\n${MORE}\n\nCopyright © Example Broadcasting. All rights reserved.\n\n윤슬기 seul@example.com\n예시방송 취재기자\n`,
    "윤슬기",
  ],
  [
    "a broadcast script's introduction",
    `${TITLE}\n예시시가 공원을 새로 단장합니다\n윤슬기 기잡니다.\n${LEAD}\n${MORE}\n`,
    "윤슬기",
  ],
  [
    "a byline glued to the last paragraph",
    `${TITLE}\n\n${LEAD}\n\n${MORE} 시의회는 시민 의견을 충분히 듣겠다고 밝혔다.여수 류가온 기자\n`,
    "류가온",
  ],
])("%s: the reporter is found", (_name, text, reporter) => {
  expect(reporters(text)[0]).toBe(reporter);
});

test.each([
  ["a portal's outlet then date", `${TITLE}\n\nABC 2023. 4. 12. 18:37\n\n${LEAD}\n\n${MORE}\n`],
  ["an outlet name on a portal copy", `${TITLE}\n\n예시방송 2023. 4. 12. 18:37\n\n${LEAD}\n\n${MORE}\n`],
  ["a name inside a sentence", `${TITLE}\n\n${LEAD}\n\n“시민이 먼저”라고 고 의원이 말했다.\n`],
  ["a reporter inside a sentence", `${TITLE}\n\n예시방송 한가람 기자가 패널로 참석한 가운데\n${LEAD}\n`],
  [
    "a photographer's credit closing a caption",
    `${TITLE}\n문체 예산 확대 요구\n예시시 국회의원들이 30일 합동 기자회견을 하고 있다. 나가람 기자\n${LEAD}\n\n${MORE}\n`,
  ],
  [
    "a programme's credits",
    `${TITLE}\n\n■ 진행 : 김진행 예시방송 기자\n■ 출연 : 박출연 예시시의원\n\n${LEAD}\n\n${MORE}\n`,
  ],
  ["no byline at all", `${TITLE}\n\n${LEAD}\n\n${MORE}\n\nⓒ예시일보\n`],
  ["a dateline without a reporter", `${TITLE}\n\n[광주=예시뉴스] ${LEAD}\n`],
  ["a share list", `${TITLE}\n  • 페이스북\n  • 유튜브\n  • 네이버\n\n${LEAD}\n\n${MORE}\n`],
])("%s: no reporter", (_name, text) => {
  expect(reporters(text)).toEqual([]);
});

test.each([
  ["[광주=예시뉴스] 박진솔 기자 = 예시시는", "박진솔"],
  ["[서울=예시뉴스]김가온 기자 = 예시시는", "김가온"],
  ["(광주=예시통신) 손다온 기자 = 예시시는", "손다온"],
  ["[예시뉴스]김필솔 기자= 예시시는", "김필솔"],
  ["[예시뉴스=조하람 기자] 예시시는", "조하람"],
  ["광주=조하람 기자 = 예시시는", "조하람"],
  ["[광주=예시뉴스] 예시시는", null],
  ["예시시는 한가람 기자 = 말했다", null],
])("the dateline %j names %j", (paragraph, name) => {
  expect(reporterInDateline(paragraph)).toBe(name);
});
