/**
 * How Korean press text names people: a name, perhaps an organisation, and a title (`강기정
 * 광주시장`, `더불어민주당 김예시 의원`), later a surname and the title (`강 시장은`). Pure patterns
 * and lookups over one article's text; `attribution.ts` decides what they mean for a quote.
 */

import { soundbiteLabel } from "./soundbiteLabel.ts";

// Titles that follow a name in Korean press text (`김철수 의원은`), matched longest first.
const TITLE_WORDS = [
  ...["국회의원", "도지사", "부지사", "구청장", "교육감", "대통령", "국무총리", "위원장", "부위원장", "이사장"],
  ...["대변인", "부대변인", "부시장", "부의장", "원내대표", "최고위원", "사무총장", "비서실장", "비서관", "수석"],
  ...["예비후보", "후보", "당선인", "당선자", "권한대행", "의원", "시장", "지사", "군수", "총리", "장관"],
  ...["차관", "위원", "대표", "원장", "청장", "회장", "사장", "총장", "교수", "국장", "실장", "과장", "의장"],
  ...["본부장", "센터장", "소장", "단장", "처장", "팀장", "변호사", "목사", "신부", "작가", "발행인", "씨"],
];
/** The titles, longest first (so `부시장` is read before `시장`). */
export const TITLES: readonly string[] = [...new Set(TITLE_WORDS)].sort((a, b) => b.length - a.length);
const OFFICE_TITLES = TITLES.filter((title) => title !== "씨" && title !== "작가" && title !== "변호사");

const SUBJECT = "(?:은|는|이|가|도|께서)";
/**
 * What may follow a name read as the speaker: a subject particle, or (as headlines and soundbite
 * lines print it) nothing but punctuation before the quote mark that ends the text.
 */
export const AS_SUBJECT = `(?:${SUBJECT}(?=[\\s\\u201C\\u201D",]|$)|(?=\\s*[,…:·]*\\s*[\\u201C\\u201D"]?\\s*$))`;
/** What may follow a name in a headline, which drops particles: also a space and more words. */
export const AS_HEADLINE_SUBJECT = `(?:${SUBJECT}?(?=[\\s\\u201C\\u201D",…:·]|$))`;

// A province or metropolitan city written before a local office (`경기 광주시장`, `전남 여수시장`).
const PROVINCE = "(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)";
const ORGANISATION = "(?:\\s[가-힣A-Za-z0-9·]*(?:시|도|군|구|회|부|청|당|원|처|실|국|단|대|소|사|관|터))";
// A name (2–4 syllables), `전` (former) perhaps, up to two organisation words (광주시의회,
// 더불어민주당), then a title, which may carry its place or office glued to it (`강기정 광주시장`,
// `이병철 기획조정실장`, `한예전 전 광주시장`), or a place word before it (`방세환 경기 광주시장`).
// `(여수을)` after a name is a district.
const NAMED_TITLE_SOURCE = `(?<![가-힣])([가-힣]{2,4}(?:\\([가-힣]{1,8}\\))?(?:\\s전(?=\\s))?${ORGANISATION}?${ORGANISATION}?(?:\\s?|\\s[가-힣]{1,8}?|\\s${PROVINCE}\\s[가-힣]{1,8}?)(?:${TITLES.join("|")}))`;
const pattern = (follow: string): RegExp => new RegExp(`${NAMED_TITLE_SOURCE}${follow}`, "gu");
const NAMED_SUBJECT = pattern(AS_SUBJECT);
const NAMED_IN_HEADLINE = pattern(AS_HEADLINE_SUBJECT);
// The same, followed by any particle: how an article mentions the people it names (`김예시 의원과`).
const PERSON_MENTION = pattern(
  `(?:은|는|이|가|도|께서|과|와|을|를|의|에게|으로|로|에|,)?(?=[\\s\\u201C\\u201D",.…:·)]|$)`,
);

/** Words that stand where a name would but are not one (`이날 광주시장은` is not a person called 이날). */
export const NOT_NAMES = new Set([
  ...["이날", "오늘", "이번", "한편", "그동안", "현재", "당시", "최근", "앞서", "이후", "다만", "그러나", "하지만"],
  ...["또는", "그리고", "전날", "지난", "내년", "올해", "이어", "이어서", "또한", "아울러", "그러면서", "특히"],
  ...["더불어", "본지", "신임", "차기", "역대", "전임", "현직", "민선", "초대", "해당", "모든", "각", "우리"],
  ...["소속", "출신", "국힘", "민주", "무소속", "여당", "야당", "현역", "전직", "당시", "故"],
  // Places that stand before an office (`광주 북구청장`), never a person's name in that spot.
  ...["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남"],
  ...["경북", "경남", "제주", "여수", "순천", "목포", "나주", "광양", "전주", "익산", "군산", "경기도", "전라남도"],
]);

/** Marks of the dead before a name (`故 노무현 대통령`, `고 노무현 대통령`): never a speaker. */
const LATE = /(?:故|\b고)\s?$/u;

/**
 * Every `name (organisation) title` in the text read as a subject, in order, where the name is a
 * person's: a name glued to its title (`광주시장`) is an office, a leading word that is not a name
 * is no person, and the late (`故 노무현 대통령`) do not speak.
 */
export function namedTitles(text: string, headline = false, mentions = false): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const match of text.matchAll(mentions ? PERSON_MENTION : headline ? NAMED_IN_HEADLINE : NAMED_SUBJECT)) {
    const named = personWords(match[1] ?? "");
    if (named === null) continue;
    if (LATE.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    found.push({ name: named, index: match.index });
  }
  return found;
}

// A word that ends like an organisation (`예시당`, `예시시의회`) standing before a name-like word.
// 당, 회, 청, 처, 힘 end organisations and rarely names; 시, 도, 군, 구, 부, 실, 단 end places and
// offices but also names (김영도), so they count only when the next word could not be one.
const ORGANISATION_WORD = /(?:당|회|청|처|힘)$/u;
const PLACE_WORD = /(?:시|도|군|구|부|실|단)$/u;
const NAME_LIKE = /^[가-힣]{2,4}$/u;

/**
 * The person in a matched `words … title`: leading words that are not the name are dropped (`이날`,
 * `소속`, a possessive `예시시의`, a party or council before the name: `민주당 박예시 의원`), and a
 * district in brackets is left out. Null when no name is left before the title (an office).
 */
function personWords(matched: string): string | null {
  const words = matched.replace(/\([가-힣]{1,8}\)/u, "").split(/\s+/u);
  while (words.length > 2) {
    const [first = "", second = ""] = words;
    const notName = NOT_NAMES.has(first) || (first.length >= 3 && /의$/u.test(first));
    const nameSecond = NAME_LIKE.test(second) && !NOT_NAMES.has(second);
    const organisationFirst =
      nameSecond &&
      (ORGANISATION_WORD.test(first) ||
        (PLACE_WORD.test(first) && !ORGANISATION_WORD.test(second) && !PLACE_WORD.test(second)));
    if (!notName && !organisationFirst) break;
    words.shift();
  }
  const [first = "", second = ""] = words;
  if (words.length < 2 || NOT_NAMES.has(first) || first === FORMER) return null;
  // `민주당 전 의원`, `질문에 전 의원`: no name before 전 (then 전 may be the surname: `전 의원은`).
  if (second === FORMER && (ORGANISATION_WORD.test(first) || !nameBeforeFormer(first))) return null;
  return words.join(" ");
}

/** The word for a former office (`한예전 전 광주시장`, `이 전 시장`). */
const FORMER = "전";

/** Whether a person's words name a former office (`한예전 전 광주시장`). */
export const isFormer = (person: string): boolean => /^[가-힣]{1,4} 전 /u.test(person);

/** The same words without the former mark (`한예전 전 광주시장` → `한예전 광주시장`): how a registry lists the person. */
export const withoutFormer = (person: string): string => person.replace(/^([가-힣]{1,4}) 전 /u, "$1 ");

// Words before `전` that are no name: `이날 전 의원은` is 전 의원 (a person called 전) speaking.
const NOT_NAMES_BEFORE_FORMER = new Set(["또", "또는", "및", "그", "저", "곧", "즉", "이어", "특히", "끝으로"]);
// Endings of words that are no name: particles and verb endings (`질문에`, `묻자`, `라고`, `그는`).
// Names end in 은, 이, 도, 만, 한, 서, 자 too (김지은, 이준서, 김영자), so only their other uses count.
const NOT_NAME_ENDING =
  /(?:에|게|께|고|며|면|을|를|와|과|로|니|다|요|는|가|의|에서|(?:하|되|묻|보|오|가|이|히|우|주|내|나|듣|받|알)자)$/u;

/** Whether `word`, right before `전` and a title, could be a name or surname (so 전 means "former"). */
function nameBeforeFormer(word: string): boolean {
  if (NOT_NAMES.has(word) || NOT_NAMES_BEFORE_FORMER.has(word)) return false;
  return word.length === 1 || !NOT_NAME_ENDING.test(word);
}

/**
 * Whether a `전` at `index` of `text` stands right after a name or surname (`최은영 전 의원`, `이 전
 * 시장`): then it means "former", never the surname 전. A word glued to a quote mark (`”고 전 의원은`)
 * is a particle, not a name.
 */
export function formerAfterName(text: string, index: number): boolean {
  const match = /([가-힣]{1,4})\s$/u.exec(text.slice(Math.max(0, index - 6), index));
  const word = match?.[1];
  if (!match || word === undefined) return false;
  const before = text.charAt(index - match[0].length - 1);
  if (before !== "" && !/\s/u.test(before)) return false;
  return nameBeforeFormer(word);
}

// A programme's guest line (`■ 출연 : 김예시 더불어민주당 국회의원`, `출연자: 김예시 ○○군수 예비후보`).
const GUEST_LINE = /(?:출연자?|게스트|대담자?)\s*[:：]\s*([가-힣]{2,4})\s+([^/\n]{2,40})/u;

/** The people an article names with their titles (`강기정 광주광역시장`), from all its text, each once. */
export function peopleNamedIn(texts: readonly string[]): string[] {
  const guests = texts.flatMap((text) => {
    const guest = GUEST_LINE.exec(text);
    const label = soundbiteLabel(text);
    return guest ? [`${guest[1]} ${(guest[2] ?? "").trim()}`] : label ? [label.person] : [];
  });
  return [
    ...new Set([...texts.flatMap((text) => namedTitles(text, false, true).map((found) => found.name)), ...guests]),
  ];
}

const personName = (person: string): string => person.split(/\s/u)[0] ?? person;

/** The one person among `fits` (forms of one name count once), or null when none or several. */
function onePerson(fits: readonly string[]): string | null {
  return new Set(fits.map(personName)).size === 1 ? (fits[0] ?? null) : null;
}

/**
 * A full name alone right before the quote, as headlines print it (`김예시 “…”`, `김예시, “…”`): the
 * person of the article with that name, when exactly one is named so with a title.
 */
export function resolveBareName(head: string, people: () => readonly string[]): { person: string; cue: string } | null {
  const match = /(?<![가-힣])([가-힣]{2,4})\s*[,:…]?\s*$/u.exec(head);
  const name = match?.[1];
  if (!match || name === undefined || NOT_NAMES.has(name)) return null;
  const person = onePerson(people().filter((candidate) => personName(candidate) === name));
  return person ? { person, cue: match[0].trim() } : null;
}

// A later, short reference: a surname and a title (`강 시장은`, `이 전 시장은`, `김 의원은`), or in a
// headline the same with no particle (`김 총리 “…”`).
const SHORT_REFERENCE = new RegExp(`(?<![가-힣])([가-힣])\\s(전\\s)?(${OFFICE_TITLES.join("|")})${AS_SUBJECT}`, "gu");

/** The matches of a short reference pattern, except `전 의원` right after a name (`최은영 전 의원`: former). */
const shortMatches = (text: string, pattern: RegExp): RegExpMatchArray[] =>
  [...text.matchAll(pattern)].filter((match) => match[1] !== FORMER || !formerAfterName(text, match.index ?? 0));

/** A short reference found in text: its words, where it stands, and the person it stands for. */
export interface ShortReference {
  /** The words as the text gives them, without the particle (`강 시장`, `이 전 시장`). */
  cue: string;
  index: number;
  /** The one person of the article it fits, or null when none or several do. */
  person: string | null;
  /** The people it fits when there are several (then who spoke is undecided). */
  several: string[];
}

function resolveShort(match: RegExpMatchArray, people: () => readonly string[]): ShortReference {
  const [, surname = "", former, title = ""] = match;
  // `이 전 시장` is someone the article names with 전 (`이주희 전 광주시장`); `이 시장` is not.
  const fits = people().filter(
    (p) => p.startsWith(surname) && p.endsWith(title) && isFormer(p) === (former !== undefined),
  );
  const person = onePerson(fits);
  const several = person === null && fits.length > 1 ? [...new Set(fits)] : [];
  const cue = match[0].replace(new RegExp(`(?<=${title})[가-힣]*$`, "u"), "").trim();
  return { cue, index: match.index ?? 0, person, several };
}

/** The last short reference read as the subject of `head` (`강 시장은 “…”`, headline `김 총리 “…”`). */
export function shortReference(head: string, people: () => readonly string[]): ShortReference | null {
  const match = shortMatches(head, SHORT_REFERENCE).at(-1);
  return match ? resolveShort(match, people) : null;
}

// A short reference with any particle (`고 의원의`, `강 시장과`): a mention, not necessarily a subject.
const SHORT_MENTION = new RegExp(
  `(?<![가-힣])([가-힣])\\s(전\\s)?(${OFFICE_TITLES.join("|")})(?:은|는|이|가|도|께서|과|와|을|를|의|에게)?(?=[\\s\\u201C\\u201D",.]|$)`,
  "gu",
);

/** The last person mentioned in `text`, by full name and title or by a short reference that resolves. */
export function lastPersonMentioned(
  text: string,
  people: () => readonly string[],
): { person: string; index: number } | null {
  const full = namedTitles(text, false, true).at(-1);
  const short = shortMatches(text, SHORT_MENTION)
    .map((match) => resolveShort(match, people))
    .filter((found) => found.person !== null)
    .at(-1);
  const best = [
    full ? { person: full.name, index: full.index } : null,
    short ? { person: short.person ?? "", index: short.index } : null,
  ]
    .filter((found) => found !== null)
    .sort((a, b) => b.index - a.index)[0];
  return best ?? null;
}

// An office on its own: a place or department glued to a title (`광주시장은`, `기획조정실장이`).
const OFFICE_ONLY = new RegExp(`(?<![가-힣])([가-힣]{1,8}(?:${OFFICE_TITLES.join("|")}))${AS_SUBJECT}`, "gu");

/**
 * An office named on its own as the subject (`여수시장은 “…”`), if that is all there is; a former
 * office (`전 광주시장은`) comes back with its `전 `, for it is not the office's holder of the day.
 */
export function lastOffice(text: string): string | null {
  let found: string | null = null;
  for (const match of text.matchAll(OFFICE_ONLY)) {
    const head = text.slice(Math.max(0, match.index - 12), match.index);
    const former = /(?:^|[^가-힣])전\s$/u.test(head);
    // A personal name right before it (or before its `전`) makes it `name + office`, which namedTitles reads.
    const before = /([가-힣]{2,4})\s$/u.exec(former ? head.replace(/전\s$/u, "") : head)?.[1];
    if (before !== undefined && !NOT_NAMES.has(before)) continue;
    found = `${former ? `${FORMER} ` : ""}${match[1] ?? ""}`;
  }
  return found;
}

// Words that may stand before a title used alone as the subject (`이날 시장은`, `또한 시장은`).
const BEFORE_BARE_TITLE = new Set([
  ...["이날", "오늘", "한편", "최근", "앞서", "이후", "다만", "이어", "이어서", "또", "또한", "아울러", "그러면서"],
  ...["특히", "그리고", "그러나", "하지만", "더불어", "덧붙여", "끝으로", "마지막으로"],
]);
const BARE_TITLE = new RegExp(`(?<![^\\s,])(${OFFICE_TITLES.join("|")})(?:은|는)(?=[\\s\\u201C\\u201D",]|$)`, "gu");
// Titles that include a shorter one as the same office (`국회의원` is an `의원`; `도지사` a `지사`).
const SAME_OFFICE: Record<string, readonly string[]> = { 의원: ["국회의원"], 지사: ["도지사"] };

/** The title a person's words end with (`강예시 광주광역시장` → `시장`, `이예시 부시장` → `부시장`). */
const titleOf = (person: string): string | undefined => TITLES.find((title) => person.endsWith(title));

/**
 * A title alone as the subject of `head` (`시장은 “…”`, `이날 시장은`, `또한 시장은`): the one
 * person with that title the article names (not a former holder), or null with those it could be.
 * Only at the sentence's start or after a time or linking word (`신임 시장은`, `당시 시장은` may be
 * someone else).
 */
export function bareTitle(
  head: string,
  people: () => readonly string[],
): { cue: string; index: number; person: string | null; several: string[] } | null {
  const match = [...head.matchAll(BARE_TITLE)]
    .filter((found) => {
      const before = head.slice(0, found.index).replace(/[\s,]+$/u, "");
      const word = /(?:^|\s)([^\s]+)$/u.exec(before)?.[1];
      return word === undefined || BEFORE_BARE_TITLE.has(word);
    })
    .at(-1);
  if (!match) return null;
  const title = match[1] ?? "";
  const fits = people().filter((person) => {
    const held = titleOf(person);
    return !isFormer(person) && held !== undefined && (held === title || !!SAME_OFFICE[title]?.includes(held));
  });
  const person = onePerson(fits);
  return { cue: title, index: match.index, person, several: person === null ? [...new Set(fits)] : [] };
}
