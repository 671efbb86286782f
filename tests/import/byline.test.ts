import { expect, test } from "vitest";
import { readByline } from "../../src/lib/import/byline.ts";

test.each([
  ["  • 노현서 기자", { reporter: "노현서", parts: ["reporter"] }],
  ["• 승인 2019.10.02 18:24", { published: "2019-10-02T18:24:00+09:00", parts: ["publication date"] }],
  ["기사입력 2019.10.02 오후 6:24", { published: "2019-10-02T18:24:00+09:00", parts: ["publication date"] }],
  [
    "박솔잎 기자 | 입력 2023-03-02 10:00 | 수정 2023-03-02 11:30",
    {
      reporter: "박솔잎",
      published: "2023-03-02T10:00:00+09:00",
      parts: ["reporter", "publication date", "update date"],
    },
  ],
  [
    "입력 : 2023.03.02 10:00 · 댓글 4",
    { published: "2023-03-02T10:00:00+09:00", parts: ["publication date", "count"] },
  ],
  ["홍길동 선임기자 hong@example.com", { reporter: "홍길동", parts: ["reporter"] }],
  ["한가람 기자(hangaram@example.com)", { reporter: "한가람", parts: ["reporter"] }],
  ["수정 2023-03-02 11:30", { parts: ["update date"] }],
])("%j is a byline", (line, expected) => {
  const byline = readByline(line);
  const date = byline?.published?.date;
  expect({
    ...(byline?.reporter === undefined ? {} : { reporter: byline.reporter }),
    ...(date && "iso" in date ? { published: date.iso } : {}),
    parts: byline?.parts,
  }).toEqual(expected);
});

test.each([
  "댓글 0",
  "이용섭 시장은 “혁신의 성과는 시민들의 지지로부터 나온다”면서 주문했다.",
  "노현서 기자가 2일 보도했다.",
  "[광주N광주=노현서 기자] 광주광역시는 2일 시청 3층 중회의실에서",
  "입력된 자료는 2019.10.02 18:24까지 받았다.",
  "등록",
])("%j is not a byline", (line) => {
  expect(readByline(line)).toBeNull();
});
