import { VERBS, type Mood } from "./banks/phrases.ts";
import { josa } from "./hangul.ts";
import { printedLabel } from "./narrative.ts";
import { drawMarks, quoted } from "./quoteMarks.ts";
import { quoteWords } from "./quoteText.ts";
import type { Rng } from "./random.ts";
import type { PlantedQuote, Scene, Voice } from "./types.ts";

/** A paragraph of quoted speech (or a label line and its quote) and the quotes planted in it, in order. */
export interface QuotedParagraph {
  /** The paragraph's text; a soundbite's label and quote are two paragraphs (`\n\n` between). */
  text: string;
  /** Its planted quotes. */
  quotes: PlantedQuote[];
}

/** Who a statement's truth names: a voice, or an anonymous or group source, or nobody the text decides. */
export interface Speaking {
  speaker: string | null;
  speakerName: string;
  /** How the speaker is named, for the pattern (`registered`, `council-member`, `anonymous`…). */
  form: string;
  expected: PlantedQuote["expected"];
}

/** How a later sentence may name a voice in this article without naming another person too. */
export interface References {
  /** `김 시장` (the registry's short alias, or surname and title no one else in the article shares), or null. */
  short: string | null;
  /** `시장` when no one else in the article has that title, or null. */
  title: string | null;
  /** The office alone (`광주시장`) when it stands for this voice only, else empty. */
  offices: readonly string[];
}

const MOODS: readonly Exclude<Mood, "addition">[] = ["statement", "promise", "request", "request"];

/** The spans of one statement, printed, with the truth about them. */
export interface Spans {
  /** `“…”면서 “…”고`: the spans with their connectives and the final quoting particle. */
  text: string;
  /** The statement's reporting verb. */
  verb: string;
  /** Planted quotes, still to be given their pattern. */
  words: string[];
  /** The marks' style. */
  style: string;
}

/**
 * Draws the words and marks of a statement of `count` spans, the last in `mood`, closed by the
 * quoting particle `closing` (empty for a soundbite: the quote alone).
 */
export function spans(rng: Rng, scene: Scene, noun: string, count: number, mood: Mood, closing = "고"): Spans {
  const words = Array.from({ length: count }, (_, i) =>
    quoteWords(rng, scene, i === 0 ? noun : rng.pick(scene.topic.nouns), i === count - 1 ? mood : "statement"),
  );
  // A one-span statement closed by a quoting particle is where pages break their marks.
  const marks = drawMarks(rng, count === 1 && closing !== "");
  const text = words
    .map((w, i) => `${quoted(w, marks)}${i === words.length - 1 ? closing : rng.pick(["면서", "며"])}`)
    .join(" ");
  return { text, verb: rng.pick(VERBS[mood]), words, style: marks.style };
}

/** A voice as the truth names it: the person. */
export const personSpeaking = (voice: Voice): Speaking => ({
  speaker: voice.speaker,
  speakerName: voice.speakerName,
  form: voice.form,
  expected: "person",
});

/** A paragraph `text` holding the spans `said`, planted as `who`'s with the pattern `form` of `family`. */
export function paragraph(text: string, who: Speaking, said: Spans, form: string, family: string): QuotedParagraph {
  const pattern = `${form}${said.words.length > 1 ? "-two-span" : ""} ${said.style} ${who.form}`;
  return {
    text,
    quotes: said.words.map((words) => ({
      text: words,
      speaker: who.speaker,
      speakerName: who.speakerName,
      pattern,
      family,
      marks: said.style,
      expected: who.expected,
    })),
  };
}

/** A voice's family: a former office holder's statements are all `former`. */
const familyOf = (voice: Voice, family: string): string => (voice.former ? "former" : family);

/** How an opening statement names its speaker in full (`김민수 광주시장`, `김민수 시장`, `광주 김민수 시장`), drawn. */
function fullName(rng: Rng, voice: Voice): { name: string; form: string } {
  const roll = rng.next();
  if (roll < 0.4 && voice.long.length > 0) return { name: rng.pick(voice.long), form: "full" };
  if (roll < 0.9 || voice.speaker === null || voice.former) return { name: voice.medium, form: "medium" };
  return { name: `${voice.place} ${voice.medium}`, form: "place" };
}

/**
 * A statement that names its speaker in full: `김민수 시장은 “…”고 강조했다.`, with a time or place
 * between (`이날`, `2일 … 보고회에서`), a topic before (`복지에 대해서 …`), two spans
 * (`“…”면서 “…”고 주문했다.`), or the name after the quote (`“…”라고 김민수 시장은 말했다.`, 15 %
 * of one-span statements).
 */
export function namedStatement(rng: Rng, scene: Scene, voice: Voice, noun: string): QuotedParagraph {
  const named = fullName(rng, voice);
  const subject = josa(named.name, "topic");
  const who = personSpeaking(voice);
  const two = rng.chance(0.25);
  const roll = rng.next();
  if (!two && roll < 0.15) {
    const said = spans(rng, scene, noun, 1, rng.pick(MOODS), rng.pick(["고", "라고"]));
    return paragraph(
      `${said.text} ${subject} ${said.verb}.`,
      who,
      said,
      `after-${named.form}`,
      familyOf(voice, "after"),
    );
  }
  const said = spans(rng, scene, noun, two ? 2 : 1, rng.pick(MOODS));
  const family = familyOf(voice, "named");
  const form = voice.former ? `former-${named.form}` : "named";
  if (roll < 0.3) return paragraph(`${subject} 이날 ${said.text} ${said.verb}.`, who, said, `${form}-이날`, family);
  if (roll < 0.45)
    return paragraph(
      `${subject} ${scene.day}일 ${scene.event}에서 ${said.text} ${said.verb}.`,
      who,
      said,
      `${form}-event`,
      family,
    );
  if (roll < 0.55) {
    const text = `${printedLabel(rng, scene.topic)}에 대해서 ${subject} ${said.text} ${said.verb}.`;
    return paragraph(text, who, said, `${form}-topic-first`, family);
  }
  if (roll < 0.6 && said.style !== "unclosed") {
    const indirect = `${josa(rng.pick(scene.topic.nouns), "topic")} 모든 행정의 기본이라고`;
    return paragraph(
      `${subject} ${said.text.slice(0, -1)}며 ${indirect} ${said.verb}.`,
      who,
      said,
      `${form}-indirect-tail`,
      family,
    );
  }
  return paragraph(`${subject} ${said.text} ${said.verb}.`, who, said, form, family);
}

const CUES = ["이어", "또한", "아울러", "그는", "이어 그는", "그러면서", "또"] as const;

/**
 * A statement that carries on from the same speaker's previous one: a continuation word (`이어
 * “…”고 덧붙였다.`, `또한`, `아울러`, `그는`…), a short reference (`김 시장은`, `이 전 시장은`), the
 * title alone (`시장은`), the office alone (`광주시장은`), a question put to the speaker and the
 * answer, or the short name after the quote (`“…”라고 김 시장은 말했다.`).
 */
export function continuedStatement(
  rng: Rng,
  scene: Scene,
  voice: Voice,
  noun: string,
  refs: References,
): QuotedParagraph[] {
  const who = personSpeaking(voice);
  const short = refs.short;
  const roll = rng.next();
  if (roll < 0.16 && short !== null) return [referenced(rng, scene, voice, noun, short, "short-reference")];
  if (roll < 0.22 && refs.title !== null) return [referenced(rng, scene, voice, noun, refs.title, "title-alone")];
  if (roll < 0.32 && refs.offices.length > 0)
    return [referenced(rng, scene, voice, noun, rng.pick(refs.offices), "office-alone")];
  if (roll < 0.39) return questionAndAnswer(rng, scene, voice, noun, short ?? voice.medium);
  if (roll < 0.44 && short !== null) {
    const said = spans(rng, scene, noun, 1, rng.pick(MOODS), rng.pick(["고", "라고"]));
    return [
      paragraph(
        `${said.text} ${josa(short, "topic")} ${said.verb}.`,
        who,
        said,
        "after-short",
        familyOf(voice, "after"),
      ),
    ];
  }
  const mood: Mood = rng.chance(0.35) ? "addition" : rng.pick(MOODS);
  const said = spans(rng, scene, noun, rng.chance(0.2) ? 2 : 1, mood);
  const cue = rng.pick(CUES);
  const form = `continued-${cue.replace(" ", "-")}`;
  return [paragraph(`${cue} ${said.text} ${said.verb}.`, who, said, form, familyOf(voice, "continued"))];
}

/** `김 시장은 “…”고 말했다.` with the given subject words, as pattern `family`. */
function referenced(
  rng: Rng,
  scene: Scene,
  voice: Voice,
  noun: string,
  words: string,
  family: string,
): QuotedParagraph {
  const said = spans(rng, scene, noun, rng.chance(0.2) ? 2 : 1, rng.pick(["addition", ...MOODS] as const));
  const lead = rng.pick(["", "", "이어 ", "또한 ", "이날 "]);
  const text = `${lead}${josa(words, "topic")} ${said.text} ${said.verb}.`;
  const form = voice.former ? `former-${family}` : family;
  return paragraph(
    text,
    personSpeaking(voice),
    said,
    `${form}${lead ? `-${lead.trim()}` : ""}`,
    familyOf(voice, family),
  );
}

/**
 * The opening statement of a voice the article named before (a speaker who comes back after
 * someone else): a short reference (`김 시장은`), the title or the office alone, the short name after
 * the quote (`“…”라고 박 의원은 말했다.`), or the name in full again.
 */
export function returningStatement(
  rng: Rng,
  scene: Scene,
  voice: Voice,
  noun: string,
  refs: References,
): QuotedParagraph {
  const short = refs.short;
  const roll = rng.next();
  if (roll < 0.35 && short !== null) return referenced(rng, scene, voice, noun, short, "short-reference");
  if (roll < 0.45 && refs.title !== null) return referenced(rng, scene, voice, noun, refs.title, "title-alone");
  if (roll < 0.6 && refs.offices.length > 0)
    return referenced(rng, scene, voice, noun, rng.pick(refs.offices), "office-alone");
  if (roll < 0.72 && short !== null) {
    const said = spans(rng, scene, noun, 1, rng.pick(MOODS), rng.pick(["고", "라고"]));
    const text = `${said.text} ${josa(short, "topic")} ${said.verb}.`;
    return paragraph(text, personSpeaking(voice), said, "after-short-returning", familyOf(voice, "after"));
  }
  return namedStatement(rng, scene, voice, noun);
}

const QUESTIONS: readonly ((noun: string) => string)[] = [
  (n) => `${n} 예산은 언제 확정되느냐`,
  (n) => `${n} 사업이 늦어지는 이유가 무엇이냐`,
  (n) => `${n} 정책이 실제로 효과가 있다고 보느냐`,
  (n) => `${n}에 대한 비판을 어떻게 받아들이느냐`,
  (n) => `${josa(n, "object")} 더 늘릴 계획은 있느냐`,
  (n) => `${n} 문제에 대한 책임은 누가 지느냐`,
];

/**
 * A question put to the speaker and the answer, in one sentence: `“…느냐”는 질문에 김 시장은 “…”고
 * 답했다.`, `김 시장은 “…느냐”는 질문에 “…”라고 답했다.`, or `기자가 “…느냐”고 묻자 김 시장은
 * “…”고 답했다.` The question is nobody's the text names (unconfirmed); the answer is the speaker's.
 */
export function questionAndAnswer(
  rng: Rng,
  scene: Scene,
  voice: Voice,
  noun: string,
  subject: string,
): QuotedParagraph[] {
  const question = rng.pick(QUESTIONS)(noun);
  const answer = quoteWords(rng, scene, rng.pick(scene.topic.nouns), rng.pick(["statement", "promise"] as const));
  const named = josa(subject, "topic");
  const roll = rng.next();
  const shape = roll < 0.45 ? "question-first" : roll < 0.75 ? "subject-first" : "asked";
  const text =
    shape === "question-first"
      ? `“${question}”는 질문에 ${named} “${answer}”고 답했다.`
      : shape === "subject-first"
        ? `${named} “${question}”는 질문에 “${answer}”라고 답했다.`
        : `기자가 “${question}”고 묻자 ${named} “${answer}”고 답했다.`;
  const asker = { speaker: null, speakerName: "기자의 질문", form: "reporter", expected: "unconfirmed" as const };
  const who = personSpeaking(voice);
  const planted = (words: string, by: Speaking, family: string): PlantedQuote => ({
    text: words,
    speaker: by.speaker,
    speakerName: by.speakerName,
    pattern: `${family}-${shape} curly ${by.form}`,
    family,
    marks: "curly",
    expected: by.expected,
  });
  return [{ text, quotes: [planted(question, asker, "question"), planted(answer, who, familyOf(voice, "answer"))] }];
}

/** The label line a broadcast script puts before a soundbite (`싱크-김민수/광주시장`, `인터뷰: 박영희 / 광주시의회 의원`). */
function label(rng: Rng, voice: Voice): string {
  const title = voice.speaker !== null && !voice.former && rng.chance(0.5) ? voice.title : voice.labelTitle;
  return rng.pick([`싱크-${voice.name}/${title}`, `인터뷰: ${voice.name} / ${title}`, `녹취-${voice.name}/${title}`]);
}

/** A broadcast soundbite: the label line, then the quote alone on the next line. */
export function soundbite(rng: Rng, scene: Scene, voice: Voice, noun: string): QuotedParagraph {
  const said = spans(rng, scene, noun, 1, rng.pick(MOODS), "");
  return paragraph(
    `${label(rng, voice)}\n\n${said.text}`,
    personSpeaking(voice),
    said,
    "label",
    familyOf(voice, "label"),
  );
}

/**
 * The speech-style lead (`김민수 광주광역시장은 지난 4일 … 정례조회를 갖고 “…”고 강조했다.`) that
 * opens articles built around one speech.
 */
export function speechLead(rng: Rng, scene: Scene, voice: Voice, noun: string): QuotedParagraph {
  const said = spans(rng, scene, noun, 1, rng.pick(MOODS));
  const subject = josa(voice.long[0] ?? voice.medium, "topic");
  const text = `${subject} 지난 ${scene.day}일 ${josa(scene.event, "object")} 갖고 ${said.text} ${said.verb}.`;
  return paragraph(text, personSpeaking(voice), said, "speech-lead", familyOf(voice, "named"));
}

/** An anonymous or group source as the text names it (`시 관계자`, `광주 국회의원들`). */
export interface Source {
  phrase: string;
  kind: "anonymous" | "group";
}

/**
 * A statement of an anonymous or group source (`이에 대해 시 관계자는 “…”고 설명했다.`), and now and
 * then its continuation (`이어 “…”고 덧붙였다.`: still the source's, never the last named person's).
 */
export function sourceStatements(rng: Rng, scene: Scene, source: Source, noun: string): QuotedParagraph[] {
  const who: Speaking = { speaker: null, speakerName: source.phrase, form: source.kind, expected: source.kind };
  const said = spans(rng, scene, noun, rng.chance(0.15) ? 2 : 1, rng.pick(["statement", "request"] as const));
  const lead = rng.pick(["", "", "이에 대해 ", "이날 ", "한편 "]);
  const first = paragraph(
    `${lead}${josa(source.phrase, "topic")} ${said.text} ${said.verb}.`,
    who,
    said,
    `${source.kind}${lead ? `-${lead.trim().replace(" ", "-")}` : ""}`,
    source.kind,
  );
  if (!rng.chance(0.2)) return [first];
  const more = spans(rng, scene, rng.pick(scene.topic.nouns), 1, "addition");
  const cue = rng.pick(["이어", "또한", "그러면서"]);
  return [
    first,
    paragraph(`${cue} ${more.text} ${more.verb}.`, who, more, `source-continued-${cue}`, "source-continued"),
  ];
}
