import type { Arrangement } from "./arrangeLines.ts";
import type { Candidate } from "./types.ts";
import { EMAIL_SOURCE, isPersonName, nameAboveByline, REPORTER_TITLE } from "./byline.ts";
import { readDateline } from "./dateline.ts";
import { isCaptionLine, placedLines, type PlacedLine } from "./placedLines.ts";

const NAME = "([가-힣]{2,4})";
const OPEN = "[\\[(【〔<〈]";
const CLOSE = "[\\])】〕>〉]";
const REPORTER = String.raw`${NAME}\s?${REPORTER_TITLE}\s?기자`;

/** Datelines that name the reporter, at the start of a paragraph. */
const DATELINES = [
  // `[광주=뉴스핌] 이바다 기자 =`, `[서울=뉴시스]김가온 기자 =`, `(광주=연합뉴스) 홍길동 기자 =`, `[뉴스깜]김필수 기자=`.
  new RegExp(String.raw`^${OPEN}[^\])】〕>〉]{1,25}${CLOSE}\s*${REPORTER}\s*=`, "u"),
  // `[현장뉴스=최들샘 기자]`.
  new RegExp(String.raw`^${OPEN}[^\])】〕>〉=]{1,20}=\s*${REPORTER}\s*${CLOSE}`, "u"),
  // `[예시일보 한가람 기자]`.
  new RegExp(String.raw`^${OPEN}\S{1,20}\s+${REPORTER}\s*${CLOSE}`, "u"),
  // `광주=홍길동 기자 =`, `경기 광주=홍길동 기자 =` without brackets.
  new RegExp(String.raw`^(?:[가-힣]{2,4}\s)?[가-힣]{1,6}\s?=\s?${REPORTER}\s*=`, "u"),
];

/**
 * The reporter a dateline opening a paragraph names: `[광주=뉴스핌] 이바다 기자 = …`,
 * `[서울=뉴시스]김가온 기자 = …`, `(광주=연합뉴스) 홍길동 기자 = …`, `[현장뉴스=최들샘 기자] …`.
 * Null when the paragraph opens with no dateline or one without a reporter (`[광주=뉴시스] …`).
 */
export function reporterInDateline(paragraph: string): string | null {
  for (const pattern of DATELINES) {
    const name = pattern.exec(paragraph)?.[1];
    if (name !== undefined && isPersonName(name)) return name;
  }
  const dateline = readDateline(paragraph);
  return dateline?.reporter !== undefined && isPersonName(dateline.reporter) ? dateline.reporter : null;
}

// `…말했다.여수 홍길동 기자`, `…밝혔다. 홍길동 기자 hong@example.com`: a byline glued to the last paragraph.
const SIGNED_END = new RegExp(
  String.raw`[.!?…”"’')\]]\s*(?:[가-힣]{1,6}\s?=?\s?)??${REPORTER}(?:\s*[(<\[]?\s*${EMAIL_SOURCE}\s*[)>\]]?)?\s*$`,
  "u",
);

/**
 * The reporter signed at the end of the article's last paragraph (`…밝혔다.여수 홍길동 기자`): the
 * last paragraph-long line of the text (body, or kept below the article's end), never a photo
 * caption, the headline or the deck (a caption's closing `홍길동 기자` credits the photographer).
 */
function signedAtEnd(lines: readonly PlacedLine[]): Candidate | null {
  const text = lines.filter((l) => (l.place === "body" || l.place === "after end") && l.text.length >= 40);
  const last = text.at(-1);
  if (last === undefined || isCaptionLine(last)) return null;
  const name = SIGNED_END.exec(last.text)?.[1];
  return name !== undefined && isPersonName(name) ? { value: name, from: `signature ending line ${last.line}` } : null;
}

/**
 * Every reporter name the text gives, best source first: a byline above the article (`홍길동 기자`,
 * `홍길동 2023. 7. 18. 09:52`, a name bullet over a date bullet), the first dateline that names one
 * (`[광주=뉴스핌] 이바다 기자 =`, in the lead or a later paragraph, not in a caption), a reporter
 * footer (`정상아 기자 a@b.c`, `윤슬기 a@b.c`), a signature glued to the last paragraph. An outlet
 * beside the date (`KBS 2023. 4. 12. 18:37`), a name inside a sentence and a photographer's credit
 * at the end of a caption are never reporters; with none of these the list is empty.
 */
export function reporterCandidates(arranged: Arrangement, lead: string | undefined): Candidate[] {
  const lines = placedLines(arranged);
  const header = arranged.bylines.filter((b) => !b.inFooter && b.byline.reporter);
  const footer = arranged.bylines.filter((b) => b.inFooter && b.byline.reporter);
  const out: Candidate[] = header.map((b) => ({ value: b.byline.reporter ?? "", from: `byline (line ${b.line})` }));
  for (const b of arranged.bylines) {
    if (b.byline.reporter) continue;
    const at = lines.findIndex((l) => l.line === b.line);
    const above = at > 0 ? lines[at - 1] : undefined;
    const name = above && nameAboveByline(above.text, lines[at]?.text ?? "");
    if (above && name) out.push({ value: name, from: `byline (line ${above.line})` });
  }
  const paragraphs = [
    ...(lead === undefined ? [] : [{ text: lead, from: "dateline" }]),
    ...lines
      .filter((l) => (l.place === "body" || l.place === "after end") && !isCaptionLine(l))
      .map((l) => ({ text: l.text, from: `dateline (line ${l.line})` })),
  ];
  const dateline = paragraphs.map((p) => ({ ...p, name: reporterInDateline(p.text) })).find((p) => p.name !== null);
  if (dateline?.name) out.push({ value: dateline.name, from: dateline.from });
  out.push(...footer.map((b) => ({ value: b.byline.reporter ?? "", from: `reporter footer (line ${b.line})` })));
  const signed = signedAtEnd(lines);
  if (signed) out.push(signed);
  return out;
}
