import type { Speaker } from "../schemas/speaker.ts";
import {
  AS_SUBJECT,
  bareTitle,
  formerAfterName,
  isFormer,
  lastOffice,
  lastPersonMentioned,
  namedTitles,
  resolveBareName,
  shortReference,
  withoutFormer,
  type ShortReference,
} from "./people.ts";
import { officeHolder } from "./officeHolder.ts";
import { sourceAtEnd } from "./sources.ts";

/** How sure the extractor is of a quote's speaker. */
export type AttributionLevel = "certain" | "likely" | "unconfirmed";

/** What kind of source a quote has. */
export type SourceKind = "person" | "group" | "anonymous" | "organisation" | "office" | "unknown";

/** How the speaker was found (see `attribute` and `extractQuotes`). */
export type AttributionMethod =
  | "named"
  | "after"
  | "reference"
  | "label"
  | "source"
  | "subject"
  | "continued"
  | "carried"
  | "headline"
  | "repeated"
  | "office"
  | "role"
  | "question"
  | "unknown"
  | "editor";

/** Who a statement is attributed to, how that was decided, and how sure it is. */
export interface Attribution {
  /** Registry id, or null when the name is not in the registry (or no one was found). */
  speaker: string | null;
  /**
   * The registry name of a registered speaker; otherwise the name as the text gives it. Null when
   * the attribution is unconfirmed: a guess is never published as the speaker.
   */
  speakerName: string | null;
  method: AttributionMethod;
  level: AttributionLevel;
  /** The words in the text that named the speaker (`강 시장은`, `이어`, `싱크-김예시/군수`), if any. */
  cue: string | null;
  /** For an unconfirmed quote: who the extractor would have guessed (for the editor only). */
  candidate: string | null;
  source: SourceKind;
}

/** Sentence-initial words that carry the previous statement's speaker to the next quote. */
export const CONTINUATION_WORDS = [
  ...["이어서", "이어", "또한", "아울러", "그러면서", "이와 함께", "특히", "또", "그리고", "더불어", "덧붙여"],
  ...["그러나", "하지만", "그러면서도", "동시에", "끝으로", "마지막으로"],
] as const;
const PRONOUNS = ["그는", "그녀는", "그가", "그녀가", "그도", "그녀도"] as const;
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
// Organisations that speak as such (`총리실은`, `여수시의회는`, `민주당은`).
const ORGANISATION_END =
  /(?:실|청|처|부|원|회|당|단|시|도|군|구|위|사|소|국|측|본부|센터|재단|공사|협회|연맹|노조|모임|연대|연합|단체|포럼|학회)$/u;
// A quote that is a question put to the speaker (`“…”는 질문에`, `“…”라고 묻자`): not the subject's words.
const QUESTION_TAIL =
  /^\s*(?:이?라?는|라고|고)?\s?(?:질문|물음|질의)에|^\s*(?:이?라?고|고)\s?(?:묻자|물었|질문하자|질문했)/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Finds registered speakers in text by their aliases (longest first), with Korean particle handling. */
export interface SpeakerFinder {
  /** The last registered alias in `text` that reads as the subject (a particle, or the quote next). */
  lastRegistered(text: string): { speaker: string; name: string; index: number } | null;
  /** The registry name of a speaker id. */
  nameOf(id: string): string | undefined;
  /** The one registered speaker who held `office` on the KST day `day` (`YYYY-MM-DD`), and their organisation then. */
  holderOf(office: string, day: string): { speaker: string; organisation: string } | null;
  /** Whether `text` names the speaker by their name or an alias longer than a short reference (`이 시장`). */
  names(id: string, text: string): boolean;
}

/** A registry alias that is a surname and a title (`이 시장`): many people answer to it. */
export const isShortAlias = (alias: string): boolean => /^[가-힣]\s/u.test(alias);

/** Builds a finder over a speaker registry. */
export function speakerFinder(speakers: readonly Speaker[]): SpeakerFinder {
  const aliases = speakers
    .flatMap((s) => [s.name, ...s.aliases].map((alias) => ({ alias, id: s.id })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const byAlias = new Map(aliases.map((a) => [a.alias, a.id]));
  const pattern =
    aliases.length === 0
      ? null
      : new RegExp(`(?<![가-힣])(${aliases.map((a) => escape(a.alias)).join("|")})${AS_SUBJECT}`, "gu");
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return {
    lastRegistered(text) {
      if (!pattern) return null;
      let found: { speaker: string; name: string; index: number } | null = null;
      for (const match of text.matchAll(pattern)) {
        const name = match[1] ?? "";
        const speaker = byAlias.get(name);
        // `최은영 전 의원은`, `이 전 의원은`: 전 means "former" there, not the surname of a `전 의원`.
        if (isShortAlias(name) && name.startsWith("전 ") && formerAfterName(text, match.index)) continue;
        if (speaker) found = { speaker, name, index: match.index };
      }
      return found;
    },
    nameOf: (id) => names.get(id),
    holderOf(office, day) {
      const holder = officeHolder(speakers, office, day);
      return holder ? { speaker: holder.speaker.id, organisation: holder.role.organisation } : null;
    },
    names(id, text) {
      return aliases.some(
        (a) => a.id === id && !isShortAlias(a.alias) && new RegExp(`(?<![가-힣])${escape(a.alias)}`, "u").test(text),
      );
    },
  };
}

/** What `attribute` knows beyond the statement's own sentence. */
export interface AttributionContext {
  finder: SpeakerFinder;
  /** The people the article names (`강기정 광주광역시장`), computed when first needed. */
  people: () => readonly string[];
  /** The speaker of the statement before, or the person the text last named as its subject (asked lazily). */
  previous: () => Attribution | null;
  /** Whether a quote with no cue at all may take `previous` as likely (it is near, no one else between). */
  near: () => boolean;
  /** True for the headline and deck, which drop particles (`이용섭 시장 직무 복귀…“…”`). */
  headline: boolean;
  /**
   * Whether the article names a registered speaker in full (or lists them in `speakers:`): a short
   * alias such as `이 시장` stands for them only then.
   */
  vouched?: (speaker: string) => boolean;
  /** The registered person who held an office named alone (`광주시장은`), when the article settles it. */
  officeHolder?: (office: string) => Attribution | null;
}

const nobody: Attribution = {
  speaker: null,
  speakerName: null,
  method: "unknown",
  level: "unconfirmed",
  cue: null,
  candidate: null,
  source: "unknown",
};

/** A person by the name the text gives, linked to the registry when the name is an alias there. */
export function personAttribution(
  name: string,
  finder: SpeakerFinder,
  method: AttributionMethod,
  level: AttributionLevel,
  cue: string | null,
): Attribution {
  // A former office (`한예전 전 광주시장`) is the person the registry lists as `한예전 광주시장`.
  const registered = finder.lastRegistered(isFormer(name) ? withoutFormer(name) : name);
  return {
    speaker: registered?.speaker ?? null,
    speakerName: registered ? (finder.nameOf(registered.speaker) ?? name) : name,
    method,
    level,
    cue,
    candidate: null,
    source: "person",
  };
}

/** An unconfirmed attribution that keeps the extractor's guess for the editor. */
export function unconfirmed(method: AttributionMethod, candidate: string | null, cue: string | null): Attribution {
  return { ...nobody, method, candidate, cue };
}

const CONTINUATION = new RegExp(`^(${CONTINUATION_WORDS.join("|")})(?:[,\\s]|$)`, "u");
const PRONOUN = new RegExp(`(?:^|\\s)(${PRONOUNS.join("|")})(?=\\s|$)`, "u");

function continuationCue(head: string): { word: string; pronounAt: number | null } | null {
  const word = CONTINUATION.exec(head.trim())?.[1];
  if (word) return { word, pronounAt: null };
  const pronoun = PRONOUN.exec(head);
  return pronoun ? { word: pronoun[1] ?? "", pronounAt: pronoun.index } : null;
}

function sentenceSubject(head: string): string | null {
  const words = head.trim().split(/\s+/u);
  const first = CONTINUATION_WORDS.some((w) => w === words[0]?.replace(/,$/u, "")) ? words[1] : words[0];
  const match = first ? /^([가-힣A-Za-z0-9·]{2,})(?:은|는)$/u.exec(first) : null;
  return match?.[1] && !STOP_SUBJECTS.has(match[1]) ? match[1] : null;
}

// The quoting particle (and spaces) between a quote's end and a subject named after it.
const AFTER_QUOTE = /^\s*(?:이?라고|고|이?라며|며|면서)?\s*/u;

/**
 * A short reference (`강 시장은`) as an attribution: the one person of the article it fits; none
 * when several fit or `전 시장` fits no one (전 may mean "former"); otherwise the words as written.
 */
function shortAttribution(short: ShortReference, finder: SpeakerFinder): Attribution {
  if (short.person) return personAttribution(short.person, finder, "reference", "certain", short.cue);
  if (short.several.length > 0) return unconfirmed("reference", short.several.join(" 또는 "), short.cue);
  if (short.cue.startsWith("전 ")) return unconfirmed("reference", null, short.cue);
  return personAttribution(short.cue, finder, "reference", "likely", short.cue);
}

/**
 * Attributes a statement from the text before its first quote (`head`) and after its last
 * (`tail`), both within its sentence. The subject nearest the quote wins: a registered alias, a
 * name with its title, a short reference (`강 시장은`) to a person the article names, or an
 * anonymous or group source. An office alone, a question put to the speaker, or nothing at all
 * leave the quote unconfirmed; a continuation word or pronoun carries the previous speaker.
 */
export function attribute(quotedHead: string, tail: string, context: AttributionContext): Attribution {
  const { finder, headline } = context;
  // What stands in single quotes (‘…’, '…') is a title or someone's words, never the subject.
  const head = quotedHead.replace(/‘[^‘’]*’|'[^']*'/gu, (quoted) => "_".repeat(quoted.length));
  if (QUESTION_TAIL.test(tail)) return unconfirmed("question", null, tail.trim().slice(0, 12));

  const registered = finder.lastRegistered(head);
  const named = namedTitles(head, headline).at(-1);
  const short = shortReference(head, context.people);
  const title = bareTitle(head, context.people);
  const source = sourceAtEnd(head, headline);
  const subjects = [
    registered && {
      index: registered.index,
      take: () =>
        // `이 시장` in an article that never names 이용섭 in full may be another 이 시장.
        isShortAlias(registered.name) && context.vouched && !context.vouched(registered.speaker)
          ? unconfirmed("reference", finder.nameOf(registered.speaker) ?? registered.name, registered.name)
          : personAttribution(registered.name, finder, "named", "certain", registered.name),
    },
    named && { index: named.index, take: () => personAttribution(named.name, finder, "named", "certain", named.name) },
    short && { index: short.index, take: () => shortAttribution(short, finder) },
    title && {
      index: title.index,
      take: () =>
        title.person
          ? personAttribution(title.person, finder, "reference", "likely", title.cue)
          : unconfirmed("reference", title.several.join(" 또는 ") || null, title.cue),
    },
    source && {
      index: source.index,
      take: (): Attribution => ({
        speaker: null,
        speakerName: source.phrase,
        method: "source",
        level: "certain",
        cue: source.phrase,
        candidate: null,
        source: source.kind,
      }),
    },
  ].filter((found) => !!found);
  const nearest = subjects.sort((a, b) => b.index - a.index)[0];
  if (nearest) return nearest.take();

  const bare = resolveBareName(head, context.people);
  if (bare) return personAttribution(bare.person, finder, "reference", "certain", bare.cue);

  // An office without a person: not a name, so unconfirmed (and nothing is carried past it).
  // A former office (`전 광주시장은`) is not held by the holder of the day: it stays unconfirmed.
  const office = lastOffice(head);
  const holder = office && !office.startsWith("전 ") ? context.officeHolder?.(office) : null;
  if (office) return holder ?? { ...unconfirmed("office", office, office), source: "office" };

  const cue = continuationCue(head);
  const lastPerson = (): Attribution | null => {
    const previous = context.previous();
    return previous?.source === "person" && previous.speakerName !== null ? previous : null;
  };
  if (cue) {
    const person = lastPerson();
    // A pronoun stands for the nearest person named before it, in its own sentence first
    // (`고 의원의 페이스북을 보면 그는 “…”`).
    const before = cue.pronounAt === null ? null : lastPersonMentioned(head.slice(0, cue.pronounAt), context.people);
    if (before) return personAttribution(before.person, finder, "continued", "likely", cue.word);
    return person
      ? { ...person, method: "continued", level: "likely", cue: cue.word }
      : unconfirmed("continued", null, cue.word);
  }
  // The quoting particle after the quote (`”고`, `”라고`) is blanked: no name, nor the surname 고.
  const lead = AFTER_QUOTE.exec(tail)?.[0].length ?? 0;
  const afterQuote = " ".repeat(lead) + tail.slice(lead);
  const after = finder.lastRegistered(afterQuote);
  if (after) return personAttribution(after.name, finder, "after", "certain", after.name);
  const namedAfter = namedTitles(afterQuote).at(-1);
  if (namedAfter) return personAttribution(namedAfter.name, finder, "after", "certain", namedAfter.name);
  // A short reference right after the quoting particle (`“…”라고 박 의원은 말했다.`).
  const shortAfter = shortReference(afterQuote, context.people);
  if (shortAfter && shortAfter.index === lead) return { ...shortAttribution(shortAfter, finder), method: "after" };
  const subject = sentenceSubject(head);
  if (subject && ORGANISATION_END.test(subject))
    return {
      ...nobody,
      speakerName: subject,
      method: "subject",
      level: "likely",
      cue: subject,
      source: "organisation",
    };
  if (subject) return unconfirmed("subject", subject, subject);
  const person = lastPerson();
  if (person && context.near()) return { ...person, method: "carried", level: "likely", cue: null };
  return unconfirmed("carried", person?.speakerName ?? null, null);
}
