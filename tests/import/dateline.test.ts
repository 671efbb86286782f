import { expect, test } from "vitest";
import { outletFromCopyright, outletFromFurniture, readDateline } from "../../src/lib/import/dateline.ts";

test.each([
  ["[광주N광주=노현서 기자] 광주광역시는 2일", { outlet: "광주N광주", reporter: "노현서" }],
  ["[예시일보 한가람 기자] 예시시는", { outlet: "예시일보", reporter: "한가람" }],
  ["(서울=연합뉴스) 홍길동 기자 = 정부는", { outlet: "연합뉴스", reporter: "홍길동" }],
  ["【예시=뉴스1】 박솔잎 기자 = 예시도는", { outlet: "뉴스1", reporter: "박솔잎" }],
  ["[광주=뉴시스] 광주시는", { outlet: "뉴시스", reporter: undefined }],
  ["[예시=뉴시스]한가람 기자 = 예시시는", { outlet: "뉴시스", reporter: "한가람" }],
  ["[뉴스깜]김한솔 기자= 예시시는", { outlet: "뉴스깜", reporter: "김한솔" }],
  ["[세종=예시데일리 한가람 기자] 정부는", { outlet: "예시데일리", reporter: "한가람" }],
  ["[매일일보] 예시시는", { outlet: "매일일보", reporter: undefined }],
  ["[파이낸셜뉴스]", { outlet: "파이낸셜뉴스", reporter: undefined }],
  ["남도투데이 김한솔 기자 | 예시시는", { outlet: "남도투데이", reporter: "김한솔" }],
])("the dateline of %j names %j", (lead, expected) => {
  expect(readDateline(lead)).toEqual(expected);
});

test.each([
  "이용섭 광주광역시장은 지난 4일 신축년 새해 비대면 정례조회를 갖고",
  "(사진=예시도 제공) 도는 올해",
  "[포토] 예시시 야경",
  "[사진=뉴시스] 예시시장이 공원을 둘러보고 있다.",
  "(그래픽=한가람 기자) 예시시 예산",
  "[풀영상] 예시시장 첫 브리핑",
  "[카드뉴스] 예시시 새 공원",
  "[새 단체장에게 듣는다] 예시구청장",
  "cnbnews 한가람기자 | 2023.02.14 16:21:37",
])("%j has no dateline", (lead) => {
  expect(readDateline(lead)).toBeNull();
});

test.each([
  ["ⓒ광주N광주 noljagwangju@gmail.com", "광주N광주"],
  ["<저작권자 © 예시일보 무단전재 및 재배포 금지>", "예시일보"],
  ["저작권자(c) 연합뉴스, 무단 전재-재배포 금지", "연합뉴스"],
  ["Copyright © 2023 예시일보. All rights reserved.", "예시일보"],
  ["ⓒ 예시일보", "예시일보"],
  ["무단전재 및 재배포 금지", null],
  ["Copyright © All rights reserved.", null],
  [
    "Copyright © Gwangju Munhwa Broadcasting Corporation. All rights reserved.",
    "Gwangju Munhwa Broadcasting Corporation",
  ],
  ["[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]", "매일경제"],
  ["저작권자 © 현장뉴스(field News) 무단전재 및 재배포 금지", "현장뉴스"],
  ["◎공감언론 뉴시스 hangaram@newsis.com", "뉴시스"],
  ["ⓒ예시시장 블로그 제공", null],
])("the copyright line %j names %j", (line, outlet) => {
  expect(outletFromCopyright(line)).toBe(outlet);
});

test.each([
  ["프레시안에 제보하기제보하기", "프레시안"],
  ["프레시안에 CMS 정기후원하기정기후원하기", "프레시안"],
  ["매번 결제가 번거롭다면 CMS 정기후원하기", null],
  ["댓글쓰기", null],
])("the link %j names the outlet %j", (line, outlet) => {
  expect(outletFromFurniture(line)).toBe(outlet);
});
