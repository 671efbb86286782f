import { readCopyrightLine } from "./outlets/copyrightLine.ts";
import { looksLikeOutletName } from "./outlets/outletIndex.ts";

/** What a dateline at the start of the lead says: the outlet and, usually, the reporter. */
export interface Dateline {
  /** The outlet as the dateline writes it, e.g. `광주N광주` from `[광주N광주=노현서 기자]`. */
  outlet: string;
  /** The reporter, when the dateline names one. */
  reporter?: string | undefined;
}

const TITLE = "(?:선임|수석|전문|객원|인턴)?";
const OPEN = "[\\[【(]";
const CLOSE = "[\\]】)]";
const NAME = "([가-힣]{2,4})";

// `[광주N광주=노현서 기자]`: outlet, then the reporter.
const OUTLET_REPORTER = new RegExp(
  `^${OPEN}\\s*([^\\]】)=]{1,20}?)\\s*=\\s*${NAME}\\s?${TITLE}\\s?기자\\s*${CLOSE}`,
  "u",
);
// `(서울=연합뉴스) 홍길동 기자 =` and `[광주=뉴시스]`: place, outlet, then perhaps the reporter.
const PLACE_OUTLET = new RegExp(
  `^${OPEN}\\s*([^\\]】)=\\s]{1,10})\\s*=\\s*([^\\]】)=\\s]{1,15})\\s*${CLOSE}\\s*(?:${NAME}\\s?${TITLE}\\s?기자)?`,
  "u",
);
// `[세종=예시데일리 한가람 기자]`: place, outlet and reporter.
const PLACE_OUTLET_REPORTER = new RegExp(
  `^${OPEN}\\s*([^\\]】)=\\s]{1,10})\\s*=\\s*([^\\]】)=\\s]{1,20})\\s+${NAME}\\s?${TITLE}\\s?기자\\s*${CLOSE}`,
  "u",
);
// `[예시일보 한가람 기자]`: outlet and reporter separated by a space.
const OUTLET_SPACE_REPORTER = new RegExp(`^${OPEN}\\s*([^\\s=]{1,20})\\s+${NAME}\\s?${TITLE}\\s?기자\\s*${CLOSE}`, "u");
// `[뉴스깜]김필수 기자=`: the outlet in brackets, then the reporter and `=`.
const OUTLET_THEN_REPORTER = new RegExp(
  `^${OPEN}\\s*([^\\]】)=\\s]{2,20})\\s*${CLOSE}\\s*${NAME}\\s?${TITLE}\\s?기자\\s*[=:：]`,
  "u",
);
// `[매일일보]`, `[파이낸셜뉴스]`: the outlet alone in brackets.
const OUTLET_ALONE = new RegExp(`^${OPEN}\\s*([^\\]】)=\\s]{2,20})\\s*${CLOSE}(?=\\s|$)`, "u");
// `전남투데이 김길룡 기자 | 본문…`: the outlet, the reporter, a bar and the text (a date there makes it a byline).
const OUTLET_REPORTER_BAR = new RegExp(
  `^([^\\s|│ㅣ\\[\\]()]{2,20})\\s+${NAME}\\s?${TITLE}\\s?기자\\s*[|│ㅣ](?!\\s*(?:[\\d|│ㅣ]|$))`,
  "u",
);

// What stands before `=` in a photo or graphics credit (`[사진=뉴시스]`, `(그래픽=홍길동 기자)`), not a place.
const NOT_PLACE =
  /^(?:사진|포토|그래픽|자료|자료사진|영상|출처|제공|편집|그림|이미지|일러스트|디자인|촬영|도표|표|캡처|화면|인포그래픽|글|정리|취재|편집자주?)$/u;

/**
 * Reads the dateline that opens a paragraph, or null when the paragraph has none. Forms:
 * `[광주N광주=노현서 기자]`, `[예시일보 한가람 기자]`, `(서울=연합뉴스) 홍길동 기자 =`, `[광주=뉴시스]`,
 * `【예시=뉴스1】`, `[세종=예시데일리 한가람 기자]`, `[뉴스깜]김필수 기자=`, `[매일일보]` (an outlet's name alone in brackets), and
 * `전남투데이 김길룡 기자 |`. A photo or graphics credit (`[사진=뉴시스]`) is not a dateline.
 */
export function readDateline(paragraph: string): Dateline | null {
  const direct = OUTLET_REPORTER.exec(paragraph) ?? OUTLET_SPACE_REPORTER.exec(paragraph);
  if (direct?.[1] && direct[2]) {
    return NOT_PLACE.test(direct[1].trim()) ? null : { outlet: direct[1].trim(), reporter: direct[2] };
  }
  const placed = PLACE_OUTLET_REPORTER.exec(paragraph);
  if (placed?.[1] && placed[2] && placed[3] && !NOT_PLACE.test(placed[1])) {
    return { outlet: placed[2], reporter: placed[3] };
  }
  const agency = PLACE_OUTLET.exec(paragraph);
  if (agency?.[1] && agency[2]) return NOT_PLACE.test(agency[1]) ? null : { outlet: agency[2], reporter: agency[3] };
  const bracketed = OUTLET_THEN_REPORTER.exec(paragraph);
  if (bracketed?.[1] && bracketed[2] && !NOT_PLACE.test(bracketed[1])) {
    return { outlet: bracketed[1], reporter: bracketed[2] };
  }
  const alone = OUTLET_ALONE.exec(paragraph)?.[1];
  if (alone && looksLikeOutletName(alone)) return { outlet: alone, reporter: undefined };
  const bar = OUTLET_REPORTER_BAR.exec(paragraph);
  if (bar?.[1] && bar[2] && looksLikeOutletName(bar[1])) return { outlet: bar[1], reporter: bar[2] };
  return null;
}

/**
 * The outlet a copyright line names: `ⓒ광주N광주 noljagwangju@gmail.com` → `광주N광주`,
 * `저작권자 © 예시일보 무단전재 및 재배포 금지` → `예시일보`. Null when it names none. (See
 * `readCopyrightLine` for every form.)
 */
export function outletFromCopyright(line: string): string | null {
  return readCopyrightLine(line)?.name ?? null;
}

const OUTLET_LINK = /^(.{2,20}?)에\s?(?:제보하기|(?:cms ?)?정기 ?후원하기|후원하기|기사 ?제보)/iu;

/** The outlet a tip-off or donation link names: `프레시안에 제보하기` → `프레시안`. Null otherwise. */
export function outletFromFurniture(line: string): string | null {
  return OUTLET_LINK.exec(line.trim())?.[1] ?? null;
}
