import { DATE_SOURCE, parseKoreanDate, type ReadDate } from "./koreanDate.ts";
import { withoutBullet } from "./furniture.ts";

/** What a byline line says: who wrote it, for which outlet, when it was published or updated, how many comments. */
export interface Byline {
  /** The reporter's name, e.g. `노현서` from `노현서 기자`, `홍길동 2023. 7. 18. 09:52` or `윤슬기 a@b.c`. */
  reporter?: string | undefined;
  /** An outlet named beside the date or the reporter (`KBS 2023. 4. 12. 18:37`, `cnbnews 한가람기자`): never a reporter. */
  outlet?: string | undefined;
  /**
   * The publication date as printed (`승인 2019.10.02 18:24`, or a date with no label such as
   * `2024년 10월 17일(목) 09:44`), how it reads, and whether a label (`입력`, `승인`, `등록`, …) said
   * it is the publication date.
   */
  published?: { text: string; date: ReadDate | null; labeled: boolean } | undefined;
  /** An update date as printed (`수정 2019.10.03 09:00`, `UPDATE. 2021-07-27 07:46 (화)`): never the publication. */
  updated?: string | undefined;
  /** What the line held, for the report: `reporter`, `outlet`, `publication date`, `update date`, `count`. */
  parts: string[];
}

/** A job title between a reporter's name and `기자`: `선임기자`, `사진기자`. */
export const REPORTER_TITLE = "(?:선임|수석|전문|객원|인턴|사진|취재|영상|편집)?";
/** An e-mail address, as a regular-expression source. */
export const EMAIL_SOURCE = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const EMAIL_AFTER = String.raw`(?:\s*[(<\[]?\s*${EMAIL_SOURCE}\s*[)>\]]?)`;
const PUBLISHED_LABELS =
  "기사입력|최초 ?입력|입력일자|입력일|입력|승인|기사등록|최초 ?등록|등록일자|등록일|등록|게재일|게재|발행일|발행|송고|작성일|작성|게시일|게시|published|posted";
const UPDATED_LABELS = "기사수정|최종 ?수정|수정일|수정|최종 ?업데이트|업데이트|updated|update|modified|갱신";
const SEPARATORS = "\\s|│ㅣ·•∙,/";
const END = `(?=$|[${SEPARATORS}])`;
// A place before the reporter's name: `광주=`, `경기 광주=`.
const PLACE = String.raw`(?:(?:[가-힣]{2,4}\s)?[가-힣]{1,6}\s?=\s?)`;
// An outlet's name by its shape (`…뉴스`, `…일보`, `뉴스…`, `…MBC`), or one of the few that have none.
const OUTLET_WORD =
  "(?:[가-힣A-Za-z0-9]{0,8}(?:뉴스\\d{0,2}|일보|신문|방송|경제|저널|타임스|타임즈|미디어|닷컴|통신|투데이|데일리|뉴시스|비즈|MBC|KBS|SBS|TV)" +
  "|뉴스[가-힣]{1,4}|한겨레|프레시안|더팩트|데일리안|민중의소리|미디어오늘|채널A)";

/**
 * Words that are not names although they have a name's shape (two to four syllables), so that
 * `취재기자`, `댓글 0`, `문의 a@b.c` or `사진 2024.03.05` never give a reporter.
 */
const NOT_NAMES = new Set(
  (
    "입력 승인 수정 등록 작성 발행 게재 송고 게시 기사 사진 영상 취재 오늘 어제 내일 날짜 일시 시간 문의 제보 메일 이메일 " +
    "연락처 담당 담당자 홍보 광고 구독 댓글 조회 조회수 공감 추천 업데이트 최종 기자 기자명 편집 보도 출처 뉴스 선임 수석 " +
    "전문 객원 인턴 특파원 앵커 진행 출연 구성 대표 발행인 편집인 저작권 무단 전재 배포"
  ).split(" "),
);

/** True when a word can be a person's name: two to four Hangul syllables that are not a byline word. */
export function isPersonName(word: string): boolean {
  return /^[가-힣]{2,4}$/u.test(word) && !NOT_NAMES.has(word) && !new RegExp(`^${OUTLET_WORD}$`, "iu").test(word);
}

type Kind = "count" | "published" | "updated" | "reporter" | "date" | "named date" | "outlet";

const SEGMENTS: [Kind, RegExp][] = [
  ["count", new RegExp(String.raw`(?:댓글|조회수|조회|공감|추천)\s*[:：]?\s*[\d,]+${END}`, "uy")],
  [
    "published",
    new RegExp(String.raw`(?:${PUBLISHED_LABELS})\s*(?:일시|시간|일자)?\s*[:：]?\s*(${DATE_SOURCE})${END}`, "iuy"),
  ],
  [
    "updated",
    new RegExp(String.raw`(?:${UPDATED_LABELS})\s*(?:일시|시간|일자)?\s*[.:：]?\s*(${DATE_SOURCE})${END}`, "iuy"),
  ],
  // `기자명 홍길동`, `기자명 : 홍길동 기자`.
  [
    "reporter",
    new RegExp(String.raw`기자명\s*[:：]?\s*([가-힣]{2,4})(?:\s?${REPORTER_TITLE}\s?기자)?${EMAIL_AFTER}?${END}`, "uy"),
  ],
  // `홍길동 기자`, `광주=홍길동 기자`, `홍길동기자 hong@example.com`, `홍길동 선임기자(hong@example.com)`.
  ["reporter", new RegExp(String.raw`${PLACE}?([가-힣]{2,4})\s?${REPORTER_TITLE}\s?기자${EMAIL_AFTER}?${END}`, "uy")],
  // A broadcast script's introduction: `홍길동 기잡니다.`, `홍길동 기자입니다.`
  ["reporter", new RegExp(String.raw`([가-힣]{2,4})\s?(?:기잡니다|기자입니다)\.?${END}`, "uy")],
  // A name and an e-mail address: `홍길동 hong@example.com`.
  ["reporter", new RegExp(String.raw`([가-힣]{2,4})\s*[(<\[]?\s*${EMAIL_SOURCE}\s*[)>\]]?${END}`, "uy")],
  ["date", new RegExp(String.raw`(${DATE_SOURCE})${END}`, "iuy")],
  // A name right before a date, as portals print it: `홍길동 2023. 7. 18. 09:52`.
  ["named date", new RegExp(String.raw`([가-힣]{2,4})(?=\s+${DATE_SOURCE}${END})`, "iuy")],
  ["outlet", new RegExp(String.raw`([A-Za-z][A-Za-z0-9.&-]{1,19}|${OUTLET_WORD})${END}`, "iuy")],
];

const SEPARATOR = new RegExp(`[${SEPARATORS}]*`, "uy");

/**
 * Reads a byline line, one made only of byline parts: `노현서 기자`, `광주=노현서 기자 2022. 6. 27. 14:32`,
 * `승인 2019.10.02 18:24`, `송고시간2021-06-08 10:50`, `2023년 06월 15일(목) 15:08`, `댓글 0`,
 * `홍길동 2023. 7. 18. 09:52`, `KBS 2023. 4. 12. 18:37`, `윤슬기 a@b.c`, or several of them
 * (`홍길동 기자 | 입력 2023-03-02 10:00 | 수정 2023-03-02 11:00`), with or without a list bullet.
 * Returns null for any other line (a sentence is never a byline), and for a count or an outlet alone.
 */
export function readByline(line: string): Byline | null {
  const text = withoutBullet(line);
  const byline: Byline = { parts: [] };
  let at = 0;
  while (at < text.length) {
    SEPARATOR.lastIndex = at;
    SEPARATOR.exec(text);
    at = SEPARATOR.lastIndex;
    if (at >= text.length) break;
    const next = readSegment(text, at, byline);
    if (next === null) return null;
    at = next;
  }
  // A count alone (`댓글 0`) is a comment widget, and an outlet alone a site name, not a byline.
  return byline.parts.some((part) => part !== "count" && part !== "outlet") ? byline : null;
}

function readSegment(text: string, at: number, byline: Byline): number | null {
  for (const [kind, pattern] of SEGMENTS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    const value = match[1] ?? "";
    if (kind === "reporter" || kind === "named date") {
      if (!isPersonName(value)) continue;
      byline.reporter ??= value;
      byline.parts.push("reporter");
    } else if (kind === "published" || kind === "date") {
      const labeled = kind === "published";
      // A labelled date wins over a bare one on the same line, and `승인` (approved for publication)
      // over `입력` (entered); otherwise the first is kept.
      const approved = labeled && /^승인/u.test(match[0]);
      const kept = byline.published;
      if (kept === undefined || (labeled && !kept.labeled) || (approved && !/^승인/u.test(kept.text))) {
        byline.published = { text: (labeled ? match[0] : value).trim(), date: parseKoreanDate(value), labeled };
      }
      byline.parts.push("publication date");
    } else if (kind === "updated") {
      byline.updated ??= match[0].trim();
      byline.parts.push("update date");
    } else if (kind === "outlet") {
      byline.outlet ??= value;
      byline.parts.push("outlet");
    } else {
      byline.parts.push("count");
    }
    return pattern.lastIndex;
  }
  return null;
}

const NAME_BULLET = /^\s*[•·∙▪◦‣-]\s*([가-힣]{2,4})\s*$/u;

/**
 * The reporter's name when a list shows it alone in one bullet right above a byline bullet
 * (`• 김하나` over `• 등록 2024-08-13 10:41:09`); null otherwise. A bullet holding a name-shaped
 * word is a byline only beside another byline bullet (`• 유튜브` in a share list is not a name).
 */
export function nameAboveByline(line: string, next: string): string | null {
  const name = NAME_BULLET.exec(line)?.[1];
  if (name === undefined || !isPersonName(name)) return null;
  if (!/^\s*[•·∙▪◦‣-]/u.test(next)) return null;
  const below = readByline(next);
  return below !== null && below.reporter === undefined && below.published !== undefined ? name : null;
}
