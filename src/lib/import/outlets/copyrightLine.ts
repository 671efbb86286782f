import { isPortalName, looksLikeOutletName, OUTLET_NAMES, outletByName } from "./outletIndex.ts";

/** What a copyright or footer line names, and how it says it. */
export interface CopyrightName {
  /** The outlet as the line writes it: `예시일보`, `Gwangju Munhwa Broadcasting Corporation`, `mk.co.kr`. */
  name: string;
  /** `copyright` for a ⓒ/©/Copyright/저작권 line, `footer` for a wire's sign-off line (`◎공감언론 뉴시스`). */
  kind: "copyright" | "footer";
}

const OPENING = /^[\s<(\[〈《【■□▶▷※*-]+/u;
const MARK = /^(?:ⓒ|Ⓒ|©|\(c\)|copyrights?\b|저작권자|◎)/iu;
const PREFIX =
  /^(?:저작권자|copyrights?|ⓒ|Ⓒ|©|\(c\)|c\)|by\s|◎|공감언론|\(주\)|㈜|\d{4}(?:\s*[-–~]\s*\d{4})?(?=[\s.,]|$)|[:：,.])\s*/iu;
const RESERVED = /무단\s?전재|재배포\s?금지|all rights reserved|전재\s?및\s?재배포/iu;
// `■ 인터뷰 자료의 저작권은 KBS에 있습니다.`
const RIGHTS_HELD = /저작권은\s*(.{1,30}?)(?:에게|에)\s*있습니다/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

// A table name, spaces optional inside it and between its Latin and Hangul parts (`CBS 노컷뉴스`).
const KNOWN_NAME = OUTLET_NAMES.map((n) =>
  escape(n)
    .replace(/\s+/gu, "\\s*")
    .replace(/(?<=[A-Za-z0-9])(?=[가-힣])|(?<=[가-힣])(?=[A-Za-z0-9])/gu, "\\s*"),
).join("|");
const NAME_END = "(?=$|[\\s.,·&()<>\\[\\]〉》/|:'\"’”]|무단|all\\b)";
// A table name at the start of the rest of the line, ending at a word boundary.
const KNOWN_AT_START = new RegExp(`^(${KNOWN_NAME})${NAME_END}`, "iu");
// A table name of three letters or more anywhere in the line, as a word of its own.
const KNOWN_INSIDE = new RegExp(`(?<=^|[\\s,(<\\[〈《'"‘“])(${KNOWN_NAME})${NAME_END}`, "iu");
const LATIN_NAME = /^[A-Za-z][\w&'-]*(?:\s+(?!all\b|rights\b|reserved\b)[A-Za-z][\w&'-]*)*/iu;
const HOST_AT_START = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/iu;
const TOKEN = /^[^\s,.<>()[\]〉》&/|]+/u;
const SENTENCE_END = /다[.!?]?["”’']?$/u;
const PHOTO_CREDIT = /(?:제공|촬영|캡처|갈무리|블로그)\s*[)\]]?\.?$/u;
const NOT_A_NAME = /@|^(?:무단|all$|all\s|by$|저작권|재배포|rights|reserved|기사|본\s?기사|이\s?기사|사진|\d+$)/iu;

/**
 * The outlet a copyright or footer line names: `ⓒ광주N광주 noljagwangju@gmail.com` → 광주N광주,
 * `저작권자 © 예시일보 무단전재 및 재배포 금지` → 예시일보, `Copyright © Gwangju Munhwa Broadcasting
 * Corporation. All rights reserved.` → that name, `[ⓒ 매일경제 & mk.co.kr, …]` → 매일경제,
 * `◎공감언론 뉴시스 …` → 뉴시스, `인터뷰 자료의 저작권은 KBS에 있습니다` → KBS. Null when the line is not
 * a copyright line or names no outlet (`무단전재 및 재배포 금지`, `Copyright © All rights reserved.`).
 */
export function readCopyrightLine(line: string): CopyrightName | null {
  const text = line.normalize("NFC").trim();
  if (text.length === 0 || text.length > 200) return null;
  // A photo credit (`ⓒ예시시 블로그 제공`) names who gave the photo, not the publisher.
  if (PHOTO_CREDIT.test(text)) return null;
  const held = RIGHTS_HELD.exec(text)?.[1]?.trim();
  if (held) return looksLikeOutletName(held) || outletByName(held) ? { name: held, kind: "copyright" } : null;
  let rest = text.replace(OPENING, "");
  const marked = MARK.test(rest);
  if (!marked && !RESERVED.test(rest)) return null;
  const kind = /^◎/u.test(rest) ? "footer" : "copyright";
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(PREFIX, "");
  }
  const name = nameAtStart(rest);
  if (name === null || NOT_A_NAME.test(name) || isPortalName(name)) return null;
  // Without a ⓒ/Copyright mark the line must begin with what reads as an outlet's name.
  if (!marked && (!looksLikeOutletName(name) || text.length > 80 || SENTENCE_END.test(text))) return null;
  return { name, kind };
}

function nameAtStart(rest: string): string | null {
  const known = KNOWN_AT_START.exec(rest)?.[1];
  if (known) return known;
  const host = HOST_AT_START.exec(rest)?.[0];
  if (host && outletByName(host)) return host;
  if (/^[A-Za-z]/u.test(rest)) {
    const latin = LATIN_NAME.exec(rest)?.[0]
      ?.replace(/[.,]+$/u, "")
      .trim();
    return latin && !/^(?:all|rights|reserved)\b/iu.test(latin) ? latin : null;
  }
  const token = TOKEN.exec(rest)?.[0] ?? null;
  if (token !== null && (looksLikeOutletName(token) || outletByName(token))) return token;
  // `저작권자 © '돈이 보이는 리얼타임 뉴스' 머니투데이`: a slogan before the name.
  const inside = KNOWN_INSIDE.exec(rest)?.[1];
  if (inside !== undefined && inside.length >= 3) return inside;
  return token;
}
