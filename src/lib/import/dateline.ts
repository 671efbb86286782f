/** What a dateline at the start of the lead says: the outlet and, usually, the reporter. */
export interface Dateline {
  /** The outlet, e.g. `광주N광주` from `[광주N광주=노현서 기자]`. */
  outlet: string;
  /** The reporter, when the dateline names one. */
  reporter?: string | undefined;
}

const TITLE = "(?:선임|수석|전문|객원|인턴)?";
const OPEN = "[\\[【(]";
const CLOSE = "[\\]】)]";

// `[광주N광주=노현서 기자]`: outlet, then the reporter.
const OUTLET_REPORTER = new RegExp(
  `^${OPEN}\\s*([^\\]】)=]{1,20}?)\\s*=\\s*([가-힣]{2,4})\\s?${TITLE}\\s?기자\\s*${CLOSE}`,
  "u",
);
// `(서울=연합뉴스) 홍길동 기자 =` and `[광주=뉴시스]`: place, outlet, then perhaps the reporter.
const PLACE_OUTLET = new RegExp(
  `^${OPEN}\\s*[^\\]】)=\\s]{1,10}\\s*=\\s*([^\\]】)=\\s]{1,15})\\s*${CLOSE}\\s*(?:([가-힣]{2,4})\\s?${TITLE}\\s?기자)?`,
  "u",
);
// `[예시일보 한가람 기자]`: outlet and reporter separated by a space.
const OUTLET_SPACE_REPORTER = new RegExp(
  `^${OPEN}\\s*(\\S{1,20})\\s+([가-힣]{2,4})\\s?${TITLE}\\s?기자\\s*${CLOSE}`,
  "u",
);

/** Reads the dateline that opens a lead paragraph, or null when the paragraph has none. */
export function readDateline(paragraph: string): Dateline | null {
  const direct = OUTLET_REPORTER.exec(paragraph) ?? OUTLET_SPACE_REPORTER.exec(paragraph);
  if (direct?.[1] && direct[2]) return { outlet: direct[1], reporter: direct[2] };
  const agency = PLACE_OUTLET.exec(paragraph);
  if (agency?.[1]) return { outlet: agency[1], reporter: agency[2] };
  return null;
}

const COPYRIGHT_PREFIX = /^(?:\(c\)|[<(\[〈《]|저작권자|copyright|ⓒ|©|\d{4}(?:\s*[-–]\s*\d{4})?(?=\s))\s*/iu;

/**
 * The outlet a copyright line names: `ⓒ광주N광주 noljagwangju@gmail.com` → `광주N광주`,
 * `저작권자 © 예시일보 무단전재 및 재배포 금지` → `예시일보`. Null when it names none.
 */
export function outletFromCopyright(line: string): string | null {
  let rest = line.trim();
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(COPYRIGHT_PREFIX, "");
  }
  const token = /^[^\s,.<>()[\]〉》]+/u.exec(rest)?.[0];
  if (token === undefined || token.includes("@") || /^(?:무단|all|by|저작권)/iu.test(token)) return null;
  return token;
}

const OUTLET_LINK = /^(.{2,20}?)에\s?(?:제보하기|(?:cms ?)?정기 ?후원하기|후원하기|기사 ?제보)/iu;

/** The outlet a tip-off or donation link names: `프레시안에 제보하기` → `프레시안`. Null otherwise. */
export function outletFromFurniture(line: string): string | null {
  return OUTLET_LINK.exec(line.trim())?.[1] ?? null;
}
