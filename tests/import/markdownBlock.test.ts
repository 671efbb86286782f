import { expect, test } from "vitest";
import { captionNote, isPhotoCaption } from "../../src/lib/import/caption.ts";
import { isNumberedHeading, paragraphMarkdown } from "../../src/lib/import/markdownBlock.ts";
import { parseBody } from "../../src/lib/markdown/parseBody.ts";

test.each([
  ["1. 시 공공기관, 시정 청렴문화, 용역 등 공공 분야", true],
  ["4. 광주형 복지모델 구축, 미세먼지 건강취약계층 보호 등 복지 분야", true],
  ["2. 단계별 계획은 다음과 같다.", false],
  ["2019. 10. 02", false],
  ["혁신추진위 시정혁신권고․제안에 대한 시의 추진상황은 다음과 같다.", false],
])("%j is a numbered section title: %s", (line, heading) => {
  expect(isNumberedHeading(line)).toBe(heading);
});

// Whatever the text starts with, the Markdown written for it reads back as the same paragraph.
test.each([
  "2. 단계별 계획은 다음과 같다.",
  "3) 나머지는 추후 정한다.",
  "- 끝 -",
  "---",
  "# 해시태그가 아니다",
  "> 인용 부호로 시작한다",
  "* 별표로 시작한다",
  "#해시태그",
  "[광주N광주=노현서 기자] 광주광역시는 2일 시청 3층 중회의실에서 보고회를 가졌다.",
  "▲1단계 헬기 추가 도입 ▲2단계 착륙장 정비",
])("%j stays one paragraph with the same text", (line) => {
  const { blocks } = parseBody(`${paragraphMarkdown(line)}\n`, 1);
  expect(blocks.map((b) => [b.kind, b.text])).toEqual([["paragraph", line]]);
});

test.each([
  ["▲광주광역시 이용섭 시장 ⓒ이용섭 블로그 제공", true],
  ["▲예시시 시민참여위원회 보고회 모습 (사진=예시시 제공)", true],
  ["△보고회 모습. 예시시 제공", true],
  ["(사진=예시도 제공)", true],
  ["[사진=예시일보 DB]", true],
  ["▲1단계 헬기 추가 도입 ▲2단계 착륙장 정비", false],
  ["혁신추진위는 그 동안 ▲경제․산업 ▲행정․복지 등 5개 분과위원회를 구성했다.", false],
])("%j is a photo caption: %s", (line, caption) => {
  expect(isPhotoCaption(line)).toBe(caption);
});

test.each([
  [
    "▲광주광역시 이용섭 시장 ⓒ이용섭 블로그 제공",
    "원문의 사진과 그 설명(▲광주광역시 이용섭 시장 ⓒ이용섭 블로그 제공)은 옮기지 않았다.",
  ],
  ["(사진=예시도 제공)", "원문의 사진과 그 설명(사진=예시도 제공)은 옮기지 않았다."],
])("the caption %j becomes the note %j", (caption, note) => {
  expect(captionNote(caption)).toBe(note);
});
