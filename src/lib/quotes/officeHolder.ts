import { partialDateEnd, partialDateStart } from "../dates/partialDate.ts";
import type { Speaker, SpeakerRole } from "../schemas/speaker.ts";

// Provinces as the press shortens them before an office (`전라남도지사`, `전남도지사`, `전남지사`).
const PROVINCES = Object.entries({
  ...{ 전라남도: "전남", 전라북도: "전북", 경상남도: "경남", 경상북도: "경북", 충청남도: "충남" },
  ...{ 충청북도: "충북", 강원도: "강원", 경기도: "경기", 제주도: "제주" },
});
const SHORT_PROVINCE_WITH_DO = /^(전남|전북|경남|경북|충남|충북|강원|경기|제주)도(?=지사|교육감)/u;

/**
 * An office as a key: `광주광역시장` and `광주시장` are one office (광역, 특별, 특별자치 dropped), and
 * so are `전라남도지사`, `전남도지사` and `전남지사` (a province shortened, 도 before 지사 dropped).
 */
export function officeKey(office: string): string {
  const key = office.replace(/특별자치|특별|광역|\s/gu, "");
  const province = PROVINCES.find(([long]) => key.startsWith(long));
  const short = province ? `${province[1]}${key.slice(province[0].length)}` : key;
  return short.replace(SHORT_PROVINCE_WITH_DO, "$1");
}

/**
 * Who of the registry held an office on a KST day (`YYYY-MM-DD`), with that role: the one speaker
 * with a role of that title running that day, or null when none or several did.
 */
export function officeHolder(
  speakers: readonly Speaker[],
  office: string,
  day: string,
): { speaker: Speaker; role: SpeakerRole } | null {
  const key = officeKey(office);
  const holders = speakers.flatMap((speaker) =>
    speaker.roles
      .filter(
        (role) =>
          officeKey(role.title) === key &&
          partialDateStart(role.from) <= day &&
          (role.to === undefined || day <= partialDateEnd(role.to)),
      )
      .map((role) => ({ speaker, role })),
  );
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

// A province word right before a city's name (`경기 광주시`, `경기도 광주`).
const PROVINCE_BEFORE =
  "(?:경기|강원|충북|충남|전북|전남|경북|경남|제주|경기도|강원도|충청북도|충청남도|전라북도|전라남도|경상북도|경상남도)";

/**
 * Whether the article speaks of another place of the same name than the office holder's
 * organisation: a metropolitan city (`광주광역시`) is in no province, so `경기 광주시` (or `경기도
 * 광주`) anywhere in the article means its `광주시장` may be that other city's.
 */
export function anotherPlace(organisation: string, text: string): boolean {
  const metropolitan = /^(.+?)(?:광역시|특별시)$/u.exec(organisation)?.[1];
  if (metropolitan === undefined) return false;
  return new RegExp(`${PROVINCE_BEFORE}\\s?${metropolitan}`, "u").test(text);
}
