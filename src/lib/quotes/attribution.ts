import type { Speaker } from "../schemas/speaker.ts";

/** Who a statement is attributed to, and how that was decided. */
export interface Attribution {
  /** Registry id, or null when the name is not in the registry (or no one was found). */
  speaker: string | null;
  /** The registry name of a registered speaker; otherwise the name as the text gives it. */
  speakerName: string | null;
  /**
   * `named`: a name stands before the quote in its sentence; `after`: after it; `continued`: a
   * continuation word or pronoun (이어, 또한, 그는, …) carries the previous speaker; `carried`: no cue
   * at all, the previous speaker assumed (uncertain); `unknown`: nobody found; `editor`: set in front matter.
   */
  method: "named" | "after" | "continued" | "carried" | "unknown" | "editor";
  /**
   * An office named without a person (`광주시장은`, `기획조정실장은`): not a name, so the quote stays
   * unattributed and the next statement does not carry anyone over from before it.
   */
  office?: string | undefined;
}

/** Sentence-initial words that carry the previous statement's speaker to the next quote. */
export const CONTINUATION_WORDS = ["이어서", "이어", "또한", "아울러", "그러면서", "이와 함께", "특히", "또"] as const;
const PRONOUNS = ["그는", "그녀는", "그가", "그녀가", "그도"] as const;

// Titles that follow a name in Korean press text (`김철수 의원은`), longest first.
const TITLES = [
  "국회의원",
  "도지사",
  "구청장",
  "교육감",
  "대통령",
  "국무총리",
  "위원장",
  "이사장",
  "대변인",
  "부시장",
  "부의장",
  "의원",
  "시장",
  "지사",
  "군수",
  "총리",
  "장관",
  "차관",
  "위원",
  "대표",
  "원장",
  "청장",
  "회장",
  "사장",
  "총장",
  "교수",
  "국장",
  "실장",
  "과장",
  "의장",
  "씨",
];
const SUBJECT_PARTICLE = "(?:은|는|이|가|도|께서)?";
const AFTER_NAME = `${SUBJECT_PARTICLE}(?=[\\s\\u201C"]|$)`;
const ORGANISATION = "(?:\\s[가-힣A-Za-z0-9·]*(?:시|도|군|구|회|부|청|당|원|처|실|국|단|대|소|사|관|터))";
// A name (2–4 syllables), up to two organisation words (광주시의회, 더불어민주당), then a title,
// which may carry its place or office glued to it (`강기정 광주시장`, `이병철 기획조정실장`).
const NAMED_TITLE_SOURCE = `(?<![가-힣])([가-힣]{2,4}${ORGANISATION}?${ORGANISATION}?(?:\\s?|\\s[가-힣]{1,8}?)(?:${TITLES.join("|")}))`;
const NAMED_TITLE = new RegExp(`${NAMED_TITLE_SOURCE}${AFTER_NAME}`, "gu");
// The same, followed by any particle: how an article mentions the people it names (`김예시 의원과`).
const PERSON_MENTION = new RegExp(
  `${NAMED_TITLE_SOURCE}(?:은|는|이|가|도|께서|과|와|을|를|의|에게|으로|로|에)?(?=[\\s\\u201C",.]|$)`,
  "gu",
);
// An office on its own: a place or department glued to a title (`광주시장은`, `기획조정실장이`).
const OFFICE_ONLY = new RegExp(
  `(?<![가-힣])([가-힣]{1,8}(?:${TITLES.filter((t) => t !== "씨").join("|")}))${AFTER_NAME}`,
  "gu",
);
const STOP_SUBJECTS = new Set([
  "이날",
  "오늘",
  "이번",
  "한편",
  "그동안",
  "현재",
  "당시",
  "최근",
  "앞서",
  "이후",
  "다만",
]);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Finds registered speakers in text by their aliases (longest first), with Korean particle handling. */
export interface SpeakerFinder {
  /** The last registered alias in `text` that reads as a name (followed by a particle, space or quote mark). */
  lastRegistered(text: string): { speaker: string; name: string; index: number } | null;
  /** The registry name of a speaker id. */
  nameOf(id: string): string | undefined;
}

/** Builds a finder over a speaker registry. */
export function speakerFinder(speakers: readonly Speaker[]): SpeakerFinder {
  const aliases = speakers
    .flatMap((s) => [s.name, ...s.aliases].map((alias) => ({ alias, id: s.id })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const byAlias = new Map(aliases.map((a) => [a.alias, a.id]));
  const pattern =
    aliases.length === 0
      ? null
      : new RegExp(`(?<![가-힣])(${aliases.map((a) => escape(a.alias)).join("|")})${AFTER_NAME}`, "gu");
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return {
    lastRegistered(text) {
      if (!pattern) return null;
      let found: { speaker: string; name: string; index: number } | null = null;
      for (const match of text.matchAll(pattern)) {
        const name = match[1] ?? "";
        const speaker = byAlias.get(name);
        if (speaker) found = { speaker, name, index: match.index };
      }
      return found;
    },
    nameOf: (id) => names.get(id),
  };
}

/** Words that stand where a name would but are not one (`이날 광주시장은` is not a person called 이날). */
const NOT_NAMES = new Set([
  ...STOP_SUBJECTS,
  ...CONTINUATION_WORDS,
  "그러나",
  "하지만",
  "또는",
  "그리고",
  "전날",
  "지난",
  "내년",
  "올해",
  // Places that stand before an office (`광주 북구청장`), never a person's name in that spot.
  ...["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남"],
  ...["경북", "경남", "제주", "여수", "순천", "목포", "나주", "광양", "전주", "익산", "군산", "경기도", "전라남도"],
]);

/**
 * Every `name (organisation) title` in the text, in order, where the name is a person's: a name
 * glued to its title (`광주시장`) is an office, and a leading word that is not a name is no person.
 */
function namedTitles(text: string, pattern: RegExp = NAMED_TITLE): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const named = match[1] ?? "";
    const first = named.split(/\s/u)[0] ?? "";
    if (named.includes(" ") && !NOT_NAMES.has(first)) found.push(named);
  }
  return found;
}

function lastNamedTitle(text: string): string | null {
  return namedTitles(text).at(-1) ?? null;
}

/** The people an article names with their titles (`강기정 광주광역시장`), from all its text, each once. */
export function peopleNamedIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => namedTitles(text, PERSON_MENTION)))];
}

/**
 * A full name alone right before the quote, as headlines print it (`김예시 “…”`, `김예시, “…”`): the
 * person of the article with that name, when exactly one is named so with a title.
 */
function resolveBareName(head: string, peopleOf: () => readonly string[]): string | null {
  const name = /(?<![가-힣])([가-힣]{2,4})\s*[,:]?\s*$/u.exec(head)?.[1];
  if (name === undefined || NOT_NAMES.has(name)) return null;
  const people = peopleOf();
  const fits = people.filter((person) => person.split(/\s/u)[0] === name);
  return new Set(fits).size === 1 ? (fits[0] ?? null) : null;
}

// A later, short reference: a surname and a title (`강 시장은`, `이 전 시장은`, `김 의원은`).
const SHORT_REFERENCE = new RegExp(
  `(?<![가-힣])([가-힣])\\s(?:전\\s)?(${TITLES.filter((t) => t !== "씨").join("|")})(?:은|는|이|가|도|께서)(?=[\\s\\u201C"]|$)`,
  "gu",
);

/**
 * The person a short reference at the end of `head` stands for: the one person of the article whose
 * name starts with that surname and whose title ends with that title. Null when there is none, or
 * more than one (then the reference is ambiguous and the quote stays unattributed).
 */
function resolveShortReference(head: string, peopleOf: () => readonly string[]): string | null {
  const match = [...head.matchAll(SHORT_REFERENCE)].at(-1);
  if (!match) return null;
  const people = peopleOf();
  const [, surname = "", title = ""] = match;
  const fits = people.filter((person) => person.startsWith(surname) && person.endsWith(title));
  const persons = new Set(fits.map((person) => person.split(/\s/u)[0]));
  return persons.size === 1 ? (fits[0] ?? null) : null;
}

/** An office named on its own at the end of the text (`여수시장은 “…”`), if that is all there is. */
function lastOffice(text: string): string | null {
  let found: string | null = null;
  for (const match of text.matchAll(OFFICE_ONLY)) {
    // A personal name right before it makes it `name + office`, which lastNamedTitle reads.
    const before = /([가-힣]{2,4})\s$/u.exec(text.slice(0, match.index))?.[1];
    if (before !== undefined && !NOT_NAMES.has(before)) continue;
    found = match[1] ?? null;
  }
  return found;
}

function startsWithContinuation(head: string): boolean {
  const trimmed = head.trim();
  return (
    CONTINUATION_WORDS.some((word) => trimmed === word || trimmed.startsWith(`${word} `)) ||
    PRONOUNS.some((pronoun) => new RegExp(`(?:^|\\s)${pronoun}(?=\\s|$)`, "u").test(trimmed))
  );
}

function sentenceSubject(head: string): string | null {
  const words = head.trim().split(/\s+/u);
  const first = CONTINUATION_WORDS.some((w) => w === words[0]) ? words[1] : words[0];
  const match = first ? /^([가-힣A-Za-z0-9·]{2,})(?:은|는)$/u.exec(first) : null;
  return match?.[1] && !STOP_SUBJECTS.has(match[1]) ? match[1] : null;
}

/**
 * Attributes a statement from the text before its first quote (`head`) and after its last
 * (`tail`), both within its sentence, given the previous statement's attribution and the people
 * the article names (`people`, asked for only when a short reference such as `강 시장은` needs it).
 */
export function attribute(
  head: string,
  tail: string,
  previous: Attribution | null,
  finder: SpeakerFinder,
  people: () => readonly string[] = () => [],
): Attribution {
  const carry = (method: Attribution["method"]): Attribution =>
    previous && previous.speakerName !== null
      ? { ...previous, method }
      : { speaker: null, speakerName: null, method: "unknown" };
  const registered = finder.lastRegistered(head);
  if (registered)
    return {
      speaker: registered.speaker,
      speakerName: finder.nameOf(registered.speaker) ?? registered.name,
      method: "named",
    };
  const named = lastNamedTitle(head);
  if (named) return { speaker: null, speakerName: named, method: "named" };
  const referred = resolveShortReference(head, people) ?? resolveBareName(head, people);

  if (referred) {
    const registeredAs = finder.lastRegistered(referred);
    return registeredAs
      ? { speaker: registeredAs.speaker, speakerName: finder.nameOf(registeredAs.speaker) ?? referred, method: "named" }
      : { speaker: null, speakerName: referred, method: "named" };
  }
  // An office without a person: unattributed (an office is not a person), and nothing carried on.
  const office = lastOffice(head);
  if (office) return { speaker: null, speakerName: null, method: "unknown", office };
  if (startsWithContinuation(head)) return carry("continued");
  const after = finder.lastRegistered(tail);
  if (after)
    return { speaker: after.speaker, speakerName: finder.nameOf(after.speaker) ?? after.name, method: "after" };
  const namedAfter = lastNamedTitle(tail);
  if (namedAfter) return { speaker: null, speakerName: namedAfter, method: "after" };
  const subject = sentenceSubject(head);
  if (subject) return { speaker: null, speakerName: subject, method: "named" };
  return carry("carried");
}
