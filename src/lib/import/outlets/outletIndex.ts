import { FREE_MAIL_DOMAINS, OUTLETS, PORTALS, type OutletEntry, type PortalEntry } from "./outletTable.ts";

/** Folds an outlet name for matching, never for display: NFC, lower case, no white space or middle dots. */
export function foldOutletName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00B7\u2024\u2027\u318D\u30FB]+/gu, "");
}

const BY_NAME: ReadonlyMap<string, OutletEntry> = new Map(
  OUTLETS.flatMap((o) => [o.name, ...o.aliases].map((n) => [foldOutletName(n), o] as const)),
);
const PORTAL_NAMES: ReadonlySet<string> = new Set(
  PORTALS.flatMap((p) => [p.name, ...p.aliases]).map((n) => foldOutletName(n)),
);

// Words a name may carry after the outlet's own name: `KBS뉴스`, `KBS라디오`, `뉴시스통신사`.
const NAME_TAILS = ["뉴스", "라디오", "tv", "통신사"];
const COMPANY_MARK = /^(?:\(주\)|㈜|주식회사)\s*/u;
const HOST_LIKE = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu;

/** Every name and alias of the table, longest first (for reading a name at the start of a text). */
export const OUTLET_NAMES: readonly string[] = Object.freeze(
  OUTLETS.flatMap((o) => [o.name, ...o.aliases]).sort((a, b) => b.length - a.length),
);

/**
 * The table's outlet for a name as the text writes it: a name or alias (ignoring case and spaces),
 * the same with a trailing `뉴스`/`라디오`/`TV`/`통신사` (`KBS뉴스` → KBS), or a web address
 * (`mk.co.kr` → 매일경제). Undefined when the table does not know it.
 */
export function outletByName(name: string): OutletEntry | undefined {
  const bare = name.trim().replace(COMPANY_MARK, "");
  if (HOST_LIKE.test(bare)) return outletOfHost(bare);
  const folded = foldOutletName(bare);
  const exact = BY_NAME.get(folded);
  if (exact) return exact;
  for (const tail of NAME_TAILS) {
    if (folded.length > tail.length && folded.endsWith(tail)) {
      const found = BY_NAME.get(folded.slice(0, -tail.length));
      if (found) return found;
    }
  }
  return undefined;
}

/** The outlet's name as the outlet writes it when the table knows it, else the name as given (trimmed). */
export function canonicalOutletName(name: string): string {
  const trimmed = name
    .normalize("NFC")
    .trim()
    .replace(/[.,:;]+$/u, "");
  return outletByName(trimmed)?.name ?? trimmed;
}

/** True when two names are the same outlet: the same table entry, or the same name ignoring case and spaces. */
export function sameOutlet(a: string, b: string): boolean {
  return foldOutletName(canonicalOutletName(a)) === foldOutletName(canonicalOutletName(b));
}

/** True when a name is a portal's (`다음뉴스`, `NAVER`), which never counts as an outlet. */
export function isPortalName(name: string): boolean {
  return PORTAL_NAMES.has(foldOutletName(name.trim()));
}

// The endings of most Korean outlet names, for names the table does not know.
const OUTLET_ENDING =
  /(?:일보|신문|뉴스|news|방송|타임즈|타임스|times|투데이|today|데일리|daily|통신|저널|journal|미디어|media|프레스|press|포스트|post|tv)\d{0,3}$/iu;
// Words with such an ending that name a kind of story or page part, not an outlet.
const NOT_OUTLET =
  /^(?:뉴스|속보|단독|종합|카드뉴스|포토뉴스|영상뉴스|관련뉴스|주요뉴스|많이본뉴스|오늘의뉴스|지역뉴스|생활뉴스|헤드라인뉴스|최신뉴스|인기뉴스|뉴스레터|인터넷신문|지역신문|보도자료|전국일보)$/iu;

/**
 * True when a word reads as an outlet's name: the table knows it, or it ends like one (`…일보`,
 * `…신문`, `…뉴스`, `…방송`, `…타임즈`, `…투데이`, `…News`) and is not a story label (`카드뉴스`).
 */
export function looksLikeOutletName(name: string): boolean {
  const bare = name.trim();
  if (bare.length < 2 || bare.length > 25 || isPortalName(bare)) return false;
  if (outletByName(bare)) return true;
  return OUTLET_ENDING.test(bare) && !NOT_OUTLET.test(foldOutletName(bare));
}

/** The host of a page address (`https://m.yna.co.kr/view/…` → `m.yna.co.kr`), or null when it is none. */
export function hostOf(url: string): string | null {
  const text = url.trim();
  if (text === "") return null;
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(text) ? text : `http://${text}`);
    return parsed.hostname.toLowerCase().replace(/\.$/u, "") || null;
  } catch {
    return null;
  }
}

function matchesHost(host: string, known: string): boolean {
  return host === known || host.endsWith(`.${known}`);
}

function longestHostMatch<T>(host: string, entries: readonly T[], hostsOf: (e: T) => readonly string[]): T | undefined {
  let best: T | undefined;
  let bestLength = 0;
  const lower = host.toLowerCase();
  for (const e of entries) {
    for (const known of hostsOf(e)) {
      if (known.length > bestLength && matchesHost(lower, known)) {
        best = e;
        bestLength = known.length;
      }
    }
  }
  return best;
}

/** The table's outlet for a web host (`news.kbs.co.kr` → KBS), or undefined. */
export function outletOfHost(host: string): OutletEntry | undefined {
  return longestHostMatch(host.replace(/^www\./iu, ""), OUTLETS, (o) => o.hosts);
}

/** The portal a web host belongs to (`v.daum.net` → 다음), or undefined. */
export function portalOfHost(host: string): PortalEntry | undefined {
  return longestHostMatch(host, PORTALS, (p) => p.hosts);
}

/** True when an e-mail domain is a free mail service (hanmail.net, gmail.com, naver.com…). */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.some((d) => matchesHost(domain.toLowerCase(), d));
}

/**
 * The table's outlet for a reporter's e-mail address (`sdoh@segye.com` → 세계일보), matching its
 * e-mail domains and hosts. Undefined for free mail and unknown domains.
 */
export function outletOfEmail(address: string): OutletEntry | undefined {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  if (domain === "" || isFreeMailDomain(domain)) return undefined;
  return longestHostMatch(domain, OUTLETS, (o) => [...o.emailDomains, ...o.hosts]);
}

/**
 * The table's outlet named by a word of a host (`kbc-news-test.example.co.kr` → kbc광주방송): a
 * Latin name or alias of three letters or more standing as a whole label or dash-separated part.
 * Weaker than a known host; undefined when no part names one.
 */
export function outletNamedInHost(host: string): { outlet: OutletEntry; word: string } | undefined {
  for (const word of host.toLowerCase().split(/[.-]/u)) {
    if (word.length < 3 || !/^[a-z][a-z0-9]*$/u.test(word)) continue;
    const outlet = BY_NAME.get(word);
    if (outlet) return { outlet, word };
  }
  return undefined;
}
