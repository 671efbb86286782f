import { expect, test } from "vitest";
import { outletFromCopyright, outletFromFurniture, readDateline } from "../../src/lib/import/dateline.ts";

test.each([
  ["[광주N광주=노현서 기자] 광주광역시는 2일", { outlet: "광주N광주", reporter: "노현서" }],
  ["[예시일보 한가람 기자] 예시시는", { outlet: "예시일보", reporter: "한가람" }],
  ["(서울=연합뉴스) 홍길동 기자 = 정부는", { outlet: "연합뉴스", reporter: "홍길동" }],
  ["【예시=뉴스1】 박솔잎 기자 = 예시도는", { outlet: "뉴스1", reporter: "박솔잎" }],
  ["[광주=뉴시스] 광주시는", { outlet: "뉴시스", reporter: undefined }],
])("the dateline of %j names %j", (lead, expected) => {
  expect(readDateline(lead)).toEqual(expected);
});

test.each([
  "이용섭 광주광역시장은 지난 4일 신축년 새해 비대면 정례조회를 갖고",
  "(사진=예시도 제공) 도는 올해",
  "[포토] 예시시 야경",
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
