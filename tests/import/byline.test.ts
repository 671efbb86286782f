import { expect, test } from "vitest";
import { nameAboveByline, readByline } from "../../src/lib/import/byline.ts";

// Every line is invented: the shapes are those of real pages, the names, outlets and dates are not.
test.each([
  ["  • 노현서 기자", { reporter: "노현서", parts: ["reporter"] }],
  ["• 승인 2019.10.02 18:24", { published: "2019-10-02T18:24:00+09:00", labeled: true, parts: ["publication date"] }],
  [
    "기사입력 2019.10.02 오후 6:24",
    { published: "2019-10-02T18:24:00+09:00", labeled: true, parts: ["publication date"] },
  ],
  [
    "박솔잎 기자 | 입력 2023-03-02 10:00 | 수정 2023-03-02 11:30",
    {
      reporter: "박솔잎",
      published: "2023-03-02T10:00:00+09:00",
      labeled: true,
      updated: "수정 2023-03-02 11:30",
      parts: ["reporter", "publication date", "update date"],
    },
  ],
  [
    "입력 : 2023.03.02 10:00 · 댓글 4",
    { published: "2023-03-02T10:00:00+09:00", labeled: true, parts: ["publication date", "count"] },
  ],
  ["홍길동 선임기자 hong@example.com", { reporter: "홍길동", parts: ["reporter"] }],
  ["한가람 기자(hangaram@example.com)", { reporter: "한가람", parts: ["reporter"] }],
  ["수정 2023-03-02 11:30", { updated: "수정 2023-03-02 11:30", parts: ["update date"] }],
  // Labels.
  ["입력 2024.03.05 11:40", { published: "2024-03-05T11:40:00+09:00", labeled: true, parts: ["publication date"] }],
  ["등록 2024-04-06 08:15:30", { published: "2024-04-06T08:15:30+09:00", labeled: true, parts: ["publication date"] }],
  [
    "기사등록 2023/11/22 14:20:00 최종수정 2023/11/22 16:05:31",
    {
      published: "2023-11-22T14:20:00+09:00",
      labeled: true,
      updated: "최종수정 2023/11/22 16:05:31",
      parts: ["publication date", "update date"],
    },
  ],
  ["송고시간2021-05-03 11:20", { published: "2021-05-03T11:20:00+09:00", labeled: true, parts: ["publication date"] }],
  [
    // 수정 may even print an earlier time than 입력: the publication is still 입력.
    "입력 : 2023-09-05 05:12:00 수정 : 2023-09-05 03:02:47",
    {
      published: "2023-09-05T05:12:00+09:00",
      labeled: true,
      updated: "수정 : 2023-09-05 03:02:47",
      parts: ["publication date", "update date"],
    },
  ],
  [
    "입력 2021.10.15 (11:18) 수정 2021.10.15 (14:53)",
    {
      published: "2021-10-15T11:18:00+09:00",
      labeled: true,
      updated: "수정 2021.10.15 (14:53)",
      parts: ["publication date", "update date"],
    },
  ],
  // Later stamps are never the publication, not even a page header's `UPDATE.`
  ["최종수정 2023-03-02 11:30", { updated: "최종수정 2023-03-02 11:30", parts: ["update date"] }],
  ["업데이트 2023.03.02 11:30", { updated: "업데이트 2023.03.02 11:30", parts: ["update date"] }],
  ["UPDATE. 2021-06-29 06:58 (수)", { updated: "UPDATE. 2021-06-29 06:58 (수)", parts: ["update date"] }],
  // Names and dates without labels.
  [
    "2013-02-06 한가람 기자",
    { reporter: "한가람", published: "2013-02-06", labeled: false, parts: ["publication date", "reporter"] },
  ],
  [
    "광주=박솔잎 기자 2021. 6. 28. 14:32",
    {
      reporter: "박솔잎",
      published: "2021-06-28T14:32:00+09:00",
      labeled: false,
      parts: ["reporter", "publication date"],
    },
  ],
  [
    "김하늘 2021. 6. 30. 13:46",
    {
      reporter: "김하늘",
      published: "2021-06-30T13:46:00+09:00",
      labeled: false,
      parts: ["reporter", "publication date"],
    },
  ],
  [
    "ABC 2023. 3. 12. 19:47",
    { outlet: "ABC", published: "2023-03-12T19:47:00+09:00", labeled: false, parts: ["outlet", "publication date"] },
  ],
  [
    "예시방송 2023. 3. 12. 19:47",
    {
      outlet: "예시방송",
      published: "2023-03-12T19:47:00+09:00",
      labeled: false,
      parts: ["outlet", "publication date"],
    },
  ],
  [
    "뉴스예시 2023. 3. 12. 19:47",
    {
      outlet: "뉴스예시",
      published: "2023-03-12T19:47:00+09:00",
      labeled: false,
      parts: ["outlet", "publication date"],
    },
  ],
  [
    "예시뉴스24 2023. 3. 12.",
    { outlet: "예시뉴스24", published: "2023-03-12", labeled: false, parts: ["outlet", "publication date"] },
  ],
  [
    "examplenews 이바다기자 |  2021.03.30 17:26:44",
    {
      outlet: "examplenews",
      reporter: "이바다",
      published: "2021-03-30T17:26:44+09:00",
      labeled: false,
      parts: ["outlet", "reporter", "publication date"],
    },
  ],
  [
    "최들샘 기자 입력 2018-05-24 07:45:03 수정 2018-05-24 07:45:03 조회수 0",
    {
      reporter: "최들샘",
      published: "2018-05-24T07:45:03+09:00",
      labeled: true,
      updated: "수정 2018-05-24 07:45:03",
      parts: ["reporter", "publication date", "update date", "count"],
    },
  ],
  [
    // 승인 (approved for publication) wins over 입력 (entered) on one line.
    "기자명 윤슬기 입력 2024.03.05 10:00 승인 2024.03.05 11:00 댓글 0",
    {
      reporter: "윤슬기",
      published: "2024-03-05T11:00:00+09:00",
      labeled: true,
      parts: ["reporter", "publication date", "publication date", "count"],
    },
  ],
  ["여수=정이든 기자 ede@example.com", { reporter: "정이든", parts: ["reporter"] }],
  ["경기 광주=정이든 기자 ede@example.com", { reporter: "정이든", parts: ["reporter"] }],
  [
    "2024년 06월 01일(토) 09:05",
    { published: "2024-06-01T09:05:00+09:00", labeled: false, parts: ["publication date"] },
  ],
  ["2024년 3월 5일", { published: "2024-03-05", labeled: false, parts: ["publication date"] }],
  ["Mar. 5, 2024", { published: "2024-03-05", labeled: false, parts: ["publication date"] }],
  ["5 March 2024 14:30", { published: "2024-03-05T14:30:00+09:00", labeled: false, parts: ["publication date"] }],
  // A reporter card and a broadcast script's introduction.
  ["윤슬기 seul@example.com", { reporter: "윤슬기", parts: ["reporter"] }],
  ["윤슬기 기잡니다.", { reporter: "윤슬기", parts: ["reporter"] }],
])("%j is a byline", (line, expected) => {
  const byline = readByline(line);
  const date = byline?.published?.date;
  expect({
    ...(byline?.reporter === undefined ? {} : { reporter: byline.reporter }),
    ...(byline?.outlet === undefined ? {} : { outlet: byline.outlet }),
    ...(date && "iso" in date ? { published: date.iso, labeled: byline?.published?.labeled } : {}),
    ...(byline?.updated === undefined ? {} : { updated: byline.updated }),
    parts: byline?.parts,
  }).toEqual(expected);
});

test("an impossible date on a byline is read as a problem, not dropped", () => {
  expect(readByline("입력 2024.02.30 09:15")?.published?.date).toEqual({ problem: "2024-02 has no day 30" });
});

test.each([
  "댓글 0",
  "  • 댓글 0",
  "이용섭 시장은 “혁신의 성과는 시민들의 지지로부터 나온다”면서 주문했다.",
  "노현서 기자가 2일 보도했다.",
  "[광주N광주=노현서 기자] 광주광역시는 2일 시청 3층 중회의실에서",
  "입력된 자료는 2019.10.02 18:24까지 받았다.",
  "등록",
  // An outlet or a role alone, a share list, contact lines, sentences holding a name and `기자`.
  "ABC",
  "예시방송 취재기자",
  "• 유튜브",
  "  • 한가람",
  "문의 help@example.com",
  "예시방송 한가람 기자가 패널로 참석한 가운데",
  "■ 진행 : 한가람 예시방송 기자",
  "한가람 기자 등 3명이 참석했다.",
  "date 2025-09-03 예시시, 공원 새 단장",
  "2024.03.05 ~ 2024.03.10",
  "UPDATE",
  "…라고 고 의원이 말했다.",
])("%j is not a byline", (line) => {
  expect(readByline(line)).toBeNull();
});

test.each([
  ["  • 한가람", "  • 등록 2024-07-26 11:02:22", "한가람"],
  ["• 한가람", "• 승인 2021.08.24 10:10", "한가람"],
  // Beside a share list, another name bullet or a sentence, a name-shaped bullet is no name.
  ["  • 유튜브", "  • 네이버", null],
  ["  • 한가람", "  • 박솔잎 기자", null],
  ["  • 한가람", "한가람은 2024.07.26 11:02에 말했다.", null],
  ["  • 댓글", "  • 등록 2024-07-26 11:02:22", null],
  ["한가람", "등록 2024-07-26 11:02:22", null],
])("name bullet %j above %j gives %j", (line, next, name) => {
  expect(nameAboveByline(line, next)).toBe(name);
});
