import { expect, test } from "vitest";
import { splitDatePrefix } from "../../src/lib/import/dates/datePrefix.ts";
import { dateFromUrl } from "../../src/lib/import/dates/urlDate.ts";

test.each([
  [" date 2025-09-03 예시시, 공원 새 단장", { date: "2025-09-03", rest: "예시시, 공원 새 단장" }],
  [
    "date 2025-11-10 예시시는 10일 “공원을 새로 단장하겠다”고 밝혔다.",
    { date: "2025-11-10", rest: "예시시는 10일 “공원을 새로 단장하겠다”고 밝혔다." },
  ],
  ["date 2025-09-09", { date: "2025-09-09", rest: "" }],
  ["예시시, 공원 새 단장", null],
  ["update 2025-09-03 예시시", null],
  ["date 2025-9-3 예시시", null],
  ["date 2025-09-031 예시시", null],
  ["Date 2025-09-03 예시시", null],
  ["예시시 date 2025-09-03", null],
])("splitDatePrefix(%j)", (line, expected) => {
  expect(splitDatePrefix(line)).toEqual(expected);
});

test.each([
  ["https://news.example.com/2024/01/02/park/", "2024-01-02"],
  ["https://news.example.com/society/2024/12/10/20241210500020", "2024-12-10"],
  ["https://m.news.example.com/view_amp.html?ar_id=NISX20230201_0001234567", "2023-02-01"],
  ["https://portal.example.com/v/20240102142630339", "2024-01-02"],
  ["https://www.example.com/newsView/20251110505362?OutUrl=x", "2025-11-10"],
  ["https://m.example.co.kr/view/AKR20220502068300054?section=news", "2022-05-02"],
  ["https://www.example.com/news/amp/all/20180626/90775897/1", "2018-06-26"],
  ["http://www.example.co.kr/news/articleView.html?idxno=537964", null],
  ["http://www.example.co.kr/news/articleView.html?idxno=20240102", null],
  ["https://example.co.kr/NewsArticle/1267772", null],
  ["https://example.com/print.php?aid=1757555753516876163", null],
  ["https://example.com/2024/13/02/", null],
  ["https://example.com/a/20240230", null],
])("dateFromUrl(%j) is %j", (url, day) => {
  expect(dateFromUrl(url)).toBe(day);
});
