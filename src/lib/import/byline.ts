import { KOREAN_DATE_SOURCE, parseKoreanDate } from "./koreanDate.ts";
import { withoutBullet } from "./furniture.ts";

/** What a byline line says: who wrote it, when it was published or updated, how many comments. */
export interface Byline {
  /** The reporter's name, e.g. `노현서` from `노현서 기자`. */
  reporter?: string | undefined;
  /** The publication date as printed (`승인 2019.10.02 18:24`), and how it reads. */
  published?: { text: string; date: ReturnType<typeof parseKoreanDate> } | undefined;
  /** An update date as printed (`수정 2019.10.03 09:00`). */
  updated?: string | undefined;
  /** What the line held, for the report: `reporter`, `publication date`, `update date`, `count`. */
  parts: string[];
}

const TITLE = "(?:선임|수석|전문|객원|인턴|사진|취재)?";
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const PUBLISHED_LABELS = "승인|입력|기사입력|최초 ?입력|등록|등록일|게재|게재일|발행|발행일|송고|작성|작성일";
const UPDATED_LABELS = "수정|수정일|최종 ?수정|기사수정|업데이트";

const SEGMENTS = {
  reporter: new RegExp(
    String.raw`([가-힣]{2,4})\s?${TITLE}\s?기자(?:\s*[(<\[]?\s*${EMAIL}\s*[)>\]]?)?(?=$|[\s|│ㅣ·,/])`,
    "uy",
  ),
  published: new RegExp(
    String.raw`(?:${PUBLISHED_LABELS})\s*(?:일시|시간)?\s*[:：]?\s*(${KOREAN_DATE_SOURCE})(?=$|[\s|│ㅣ·,/])`,
    "iuy",
  ),
  updated: new RegExp(
    String.raw`(?:${UPDATED_LABELS})\s*(?:일시|시간)?\s*[:：]?\s*(${KOREAN_DATE_SOURCE})(?=$|[\s|│ㅣ·,/])`,
    "iuy",
  ),
  count: /(?:댓글|조회|조회수|공감|추천)\s*[:：]?\s*[\d,]+(?=$|[\s|│ㅣ·,/])/uy,
} as const;

const SEPARATOR = /[\s|│ㅣ·,/]*/uy;

/**
 * Reads a byline line, one made only of byline parts: `노현서 기자`, `승인 2019.10.02 18:24`,
 * `댓글 0`, or several of them (`홍길동 기자 | 입력 2023-03-02 10:00 | 수정 2023-03-02 11:00`), with
 * or without a list bullet. Returns null for any other line (a sentence is never a byline) and for
 * a count alone.
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
  // A count alone (`댓글 0`) is a comment widget, not a byline.
  return byline.parts.some((part) => part !== "count") ? byline : null;
}

function readSegment(text: string, at: number, byline: Byline): number | null {
  for (const [kind, pattern] of Object.entries(SEGMENTS)) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    if (kind === "reporter") {
      byline.reporter ??= match[1];
      byline.parts.push("reporter");
    } else if (kind === "published") {
      const printed = match[0].trim();
      byline.published ??= { text: printed, date: parseKoreanDate(match[1] ?? "") };
      byline.parts.push("publication date");
    } else if (kind === "updated") {
      byline.updated ??= match[0].trim();
      byline.parts.push("update date");
    } else {
      byline.parts.push("count");
    }
    return pattern.lastIndex;
  }
  return null;
}
