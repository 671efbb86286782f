import type { Arrangement } from "../arrangeLines.ts";
import type { Candidate } from "../types.ts";
import { outletFromFurniture, readDateline } from "../dateline.ts";
import { isCaptionLine, placedLines } from "../placedLines.ts";
import type { SourceLine } from "../types.ts";
import { readCopyrightLine } from "./copyrightLine.ts";
import {
  canonicalOutletName,
  hostOf,
  isPortalName,
  looksLikeOutletName,
  outletByName,
  outletNamedInHost,
  outletOfEmail,
  outletOfHost,
  portalOfHost,
} from "./outletIndex.ts";

/** What the finder knows besides the text. */
export interface FindOutletOptions {
  /** The page address the editor gave (`--url`) or the saved page's canonical address. */
  url?: string | undefined;
  /** The site name of a saved HTML page (`og:site_name`). */
  siteName?: string | undefined;
  /** The lead paragraph, whose dateline counts more than one elsewhere; default: the first body block. */
  lead?: string | undefined;
}

/**
 * How strongly each kind of evidence names the publisher, strongest first. The page's own
 * copyright line beats the page address (a paper's copyright on a broadcaster's site names the
 * paper); the address beats a dateline or a wire credit (a wire story on a paper's site is the
 * paper's page); a portal's address counts for nothing.
 */
const STRENGTH = [
  "copyright",
  "address",
  "site name",
  "lead dateline",
  "dateline",
  "byline",
  "e-mail",
  "name line",
  "caption dateline",
  "portal credit",
  "credit line",
  "address word",
  "link",
] as const;
type Evidence = (typeof STRENGTH)[number];

interface Found extends Candidate {
  evidence: Evidence;
  line: number;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// Markdown residue and list bullets before a paragraph: `| [광주=뉴스핌] …`, `• …`, `> …`.
const LINE_RESIDUE = /^(?:[|>•●◦▪∙‣*]\s*)+/u;
const REPORTER = "[가-힣]{2,4}\\s?(?:선임|수석|전문|객원|인턴|사진|영상)?\\s?기자";
const DATE = "\\d{4}\\s?[.\\-/]\\s?\\d{1,2}\\s?[.\\-/]\\s?\\d{1,2}";
// `cnbnews 한가람기자 | 2023.02.14 16:21:37`: the outlet before the reporter on a byline.
const OUTLET_BEFORE_REPORTER = new RegExp(
  `^(\\S{2,20})\\s+${REPORTER}(?=$|\\s*[|│ㅣ·,/(<\\[]|\\s+\\d|\\s+[\\w.+-]+@)`,
  "u",
);
// `KBS 2023. 4. 12. 18:37`: the outlet before the date on a portal's byline.
const OUTLET_BEFORE_DATE = new RegExp(`^(\\S{2,20})\\s+${DATE}\\.?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$`, "u");
// `kbc 이형길입니다.`, `KBS 뉴스 홍길동입니다`: a broadcast reporter's sign-off.
const SIGN_OFF = /^(\S{2,20}?)\s*(?:뉴스\s*)?[가-힣]{2,4}(?:\s?기자)?(?:입니다|였습니다)\.?$/u;
// `[매경닷컴 속보부]`: a desk of the outlet instead of a reporter.
const DESK_CREDIT = /^[[【(]\s*(\S{2,20})\s+\S{0,10}(?:부|국|팀|센터|데스크)\s*[\]】)]$/u;
// `광주MBC 취재기자`: the reporter card under a broadcast script.
const REPORTER_CARD = /^(\S{2,20})\s+(?:취재|사진|영상|보도|촬영)?\s?기자$/u;
// `뉴스픽의 … “연합뉴스” 기사 내용을 3줄로 요약한 결과입니다`, `기사제공 연합뉴스`: a portal's note on
// whose article it shows (a sentence merely mentioning another paper's article is not one).
const PORTAL_CREDIT = /[“"「『']([^”"」』']{2,20})[”"」』']\s*(?:의\s*)?기사.*(?:요약|추출|제공|출처)/u;
const SUPPLIED_BY = /^기사\s?제공\s*[:：]?\s*(\S{2,20})$/u;
// `MBC에서 직접 확인하세요. 해당 언론사로 이동합니다.` under a Daum copy.
const SEE_ORIGINAL = /^(\S{2,20})에서 직접 확인하세요/u;
// `기사 원문 - https://…`, `▣ KBS 기사 원문보기 : https://…`: the original article's address.
const ORIGINAL_ADDRESS = /기사\s?원문(?:\s?보기)?\s*[-:：]?\s*(https?:\/\/\S+)/iu;
// `/연합뉴스`: a trailing credit line.
const CREDIT_LINE = /^\/\s*([^\s/]{2,20})$/u;

/**
 * Every outlet the page names, strongest evidence first (see `STRENGTH`), each mapped to the name
 * the outlet writes itself (`Gwangju Munhwa Broadcasting Corporation` → 광주MBC, `cnbnews` →
 * CNB뉴스); a name the table does not know is kept as the text writes it. Reads copyright and
 * footer lines, the page address and site name (a portal's count for nothing), datelines, an
 * outlet on a byline, a sign-off or reporter card, reporters' e-mail domains (not free mail), a line
 * that is only the outlet's name or a page header naming it, a portal's credit to the original
 * outlet, a trailing `/연합뉴스` credit line, and tip-off links.
 */
export function findOutlet(
  lines: readonly SourceLine[],
  arranged: Arrangement,
  options: FindOutletOptions = {},
): Candidate[] {
  const found: Found[] = [];
  const add = (raw: string, evidence: Evidence, from: string, line: number): void => {
    const name = raw.trim();
    if (name === "" || isPortalName(name)) return;
    found.push({ value: canonicalOutletName(name), from, evidence, line });
  };

  fromAddress(options.url, add);
  if (options.siteName && !isPortalName(options.siteName)) {
    const known = outletByName(options.siteName);
    if (known) add(known.name, "site name", "page's site name (og:site_name)", 0);
    else add(options.siteName, "name line", "page's site name (og:site_name)", 0);
  }

  const leadLine = (arranged.body.find((b) => b.text === options.lead) ?? arranged.body[0])?.line;
  const titleAt = lines.findIndex((l) => l.text === arranged.title);
  // A photo caption's dateline may be a wire's credit for the photo, not the article's.
  const captionAt = new Set(
    placedLines(arranged)
      .filter(isCaptionLine)
      .map((l) => l.line),
  );
  for (const [index, source] of lines.entries()) {
    const text = source.text.replace(LINE_RESIDUE, "").trim();
    if (text === "") continue;
    const at = source.line;
    const before = found.length;
    const copyright = readCopyrightLine(text);
    if (copyright) add(copyright.name, "copyright", `${copyright.kind} line (line ${at})`, at);
    const dateline = readDateline(text);
    if (dateline && captionAt.has(at)) {
      add(dateline.outlet, "caption dateline", `photo caption's dateline (line ${at})`, at);
    } else if (dateline) {
      add(dateline.outlet, at === leadLine ? "lead dateline" : "dateline", `dateline (line ${at})`, at);
    }
    readBylineOutlet(text, at, add);
    for (const address of text.match(EMAIL) ?? []) {
      const outlet = outletOfEmail(address);
      if (outlet) add(outlet.name, "e-mail", `reporter's e-mail ${address} (line ${at})`, at);
    }
    const alone = outletByName(text.replace(/^[[【(<]\s*|\s*[\]】)>]$/gu, ""));
    if (alone) add(alone.name, "name line", `line naming only the outlet (line ${at})`, at);
    else if (found.length === before && titleAt >= 0 && index < titleAt && text.length <= 40) {
      // A page header above the headline that names the outlet among other words (`SBS 뉴스 상단 메뉴`).
      const named = text.split(/[\s|·,:]+/u).find((word) => outletByName(word));
      if (named) add(named, "name line", `page header (line ${at})`, at);
    }
    const credited = PORTAL_CREDIT.exec(text)?.[1] ?? SUPPLIED_BY.exec(text)?.[1] ?? SEE_ORIGINAL.exec(text)?.[1];
    if (credited && looksLikeOutletName(credited)) add(credited, "portal credit", `portal's credit (line ${at})`, at);
    const original = ORIGINAL_ADDRESS.exec(text)?.[1];
    const originalHost = original === undefined ? null : hostOf(original);
    const originalOutlet = originalHost === null ? undefined : outletOfHost(originalHost);
    if (originalOutlet) add(originalOutlet.name, "portal credit", `original article's address (line ${at})`, at);
    const credit = CREDIT_LINE.exec(text)?.[1];
    if (credit && looksLikeOutletName(credit)) add(credit, "credit line", `credit line (line ${at})`, at);
    const linked = outletFromFurniture(text);
    if (linked) add(linked, "link", `tip-off or donation link (line ${at})`, at);
  }
  return ranked(found);
}

function fromAddress(url: string | undefined, add: (n: string, e: Evidence, f: string, l: number) => void): void {
  const host = url === undefined ? null : hostOf(url);
  if (host === null || portalOfHost(host)) return;
  const known = outletOfHost(host);
  if (known) {
    add(known.name, "address", `page address (${host})`, 0);
    return;
  }
  const named = outletNamedInHost(host);
  if (named) add(named.outlet.name, "address word", `page address (${host}: “${named.word}”)`, 0);
}

function readBylineOutlet(text: string, at: number, add: (n: string, e: Evidence, f: string, l: number) => void): void {
  if (text.length > 80) return;
  const card = REPORTER_CARD.exec(text)?.[1];
  if (card && looksLikeOutletName(card)) {
    add(card, "byline", `reporter card (line ${at})`, at);
    return;
  }
  const before = OUTLET_BEFORE_REPORTER.exec(text)?.[1];
  if (before && looksLikeOutletName(before)) {
    add(before, "byline", `byline (line ${at})`, at);
    return;
  }
  const dated = OUTLET_BEFORE_DATE.exec(text)?.[1];
  if (dated && outletByName(dated)) {
    add(dated, "byline", `byline (line ${at})`, at);
    return;
  }
  const signOff = SIGN_OFF.exec(text)?.[1];
  if (signOff && looksLikeOutletName(signOff)) {
    add(signOff, "byline", `reporter's sign-off (line ${at})`, at);
    return;
  }
  const desk = DESK_CREDIT.exec(text)?.[1];
  if (desk && looksLikeOutletName(desk)) {
    add(desk, "byline", `desk credit (line ${at})`, at);
    return;
  }
}

/** Strongest evidence first, then in page order; the same name from the same place once. */
function ranked(found: readonly Found[]): Candidate[] {
  const seen = new Set<string>();
  return [...found]
    .sort((a, b) => STRENGTH.indexOf(a.evidence) - STRENGTH.indexOf(b.evidence) || a.line - b.line)
    .filter((c) => {
      const key = `${c.value}\u0000${c.from}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ value, from, evidence }) => ({
      value,
      from,
      ...(evidence === "credit line" ? { doubt: creditLineDoubt(value, from) } : {}),
    }));
}

// A trailing `/연합뉴스` names the wire the story came from; other outlets print wire copy under it.
const creditLineDoubt = (value: string, from: string): string =>
  `the outlet is read only from the ${from} “/${value}”, which names the wire the story came from: if the page was on another outlet's site, write that outlet (or import again with --url and the page's address)`;
