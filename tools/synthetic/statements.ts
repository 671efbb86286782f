import { VERBS, type Mood } from "./banks/phrases.ts";
import { josa } from "./hangul.ts";
import { printedLabel } from "./narrative.ts";
import { drawMarks, quoted } from "./quoteMarks.ts";
import { quoteWords } from "./quoteText.ts";
import type { Rng } from "./random.ts";
import type { PlantedQuote, Scene, Voice } from "./types.ts";

/** A paragraph of quoted speech and the quotes planted in it, in order. */
export interface QuotedParagraph {
  /** The paragraph's text. */
  text: string;
  /** Its planted quotes. */
  quotes: PlantedQuote[];
}

const MOODS: readonly Exclude<Mood, "addition">[] = ["statement", "promise", "request", "request"];

/** The spans of one statement, printed, with the truth about them. */
interface Spans {
  /** `“…”면서 “…”고`: the spans with their connectives and the final quoting particle. */
  text: string;
  /** The statement's reporting verb. */
  verb: string;
  /** Planted quotes, still to be given their pattern. */
  words: string[];
  /** The marks' style. */
  style: string;
}

function spans(rng: Rng, scene: Scene, noun: string, count: number, mood: Mood): Spans {
  const words = Array.from({ length: count }, (_, i) =>
    quoteWords(rng, scene, i === 0 ? noun : rng.pick(scene.topic.nouns), i === count - 1 ? mood : "statement"),
  );
  const marks = drawMarks(rng);
  const text = words
    .map((w, i) => `${quoted(w, marks)}${i === words.length - 1 ? "고" : rng.pick(["면서", "며"])}`)
    .join(" ");
  return { text, verb: rng.pick(VERBS[mood]), words, style: marks.style };
}

function paragraph(text: string, voice: Voice, said: Spans, form: string): QuotedParagraph {
  const pattern = `${form}${said.words.length > 1 ? "-two-span" : ""} ${said.style} ${voice.form}`;
  return {
    text,
    quotes: said.words.map((words) => ({
      text: words,
      speaker: voice.speaker,
      speakerName: voice.speakerName,
      pattern,
    })),
  };
}

/** How an opening statement names its speaker before the quote (`김민수 광주시장은`), drawn. */
function namedSubject(rng: Rng, voice: Voice): string {
  const roll = rng.next();
  const name =
    roll < 0.4 && voice.long.length > 0
      ? rng.pick(voice.long)
      : roll < 0.9 || voice.speaker === null
        ? voice.medium
        : `${voice.place} ${voice.medium}`;
  return josa(name, "topic");
}

/**
 * A statement that names its speaker: `김민수 시장은 “…”고 강조했다.`, with a time or place
 * between (`이날`, `2일 … 보고회에서`), a topic before (`복지에 대해서 …`), two spans
 * (`“…”면서 “…”고 주문했다.`), or, now and then, the name after the quote (`“…”고 김 시장은 말했다.`).
 */
export function namedStatement(rng: Rng, scene: Scene, voice: Voice, noun: string): QuotedParagraph {
  const subject = namedSubject(rng, voice);
  const said = spans(rng, scene, noun, rng.chance(0.25) ? 2 : 1, rng.pick(MOODS));
  const roll = rng.next();
  if (roll < 0.06 && said.words.length === 1)
    return paragraph(`${said.text} ${subject} ${said.verb}.`, voice, said, "named-after-quote");
  if (roll < 0.3) return paragraph(`${subject} 이날 ${said.text} ${said.verb}.`, voice, said, "named-이날");
  if (roll < 0.45)
    return paragraph(
      `${subject} ${scene.day}일 ${scene.event}에서 ${said.text} ${said.verb}.`,
      voice,
      said,
      "named-event",
    );
  if (roll < 0.55) {
    const text = `${printedLabel(rng, scene.topic)}에 대해서 ${subject} ${said.text} ${said.verb}.`;
    return paragraph(text, voice, said, "named-topic-first");
  }
  if (roll < 0.6) {
    const indirect = `${josa(rng.pick(scene.topic.nouns), "topic")} 모든 행정의 기본이라고`;
    return paragraph(
      `${subject} ${said.text.slice(0, -1)}며 ${indirect} ${said.verb}.`,
      voice,
      said,
      "named-indirect-tail",
    );
  }
  return paragraph(`${subject} ${said.text} ${said.verb}.`, voice, said, "named");
}

const CUES = ["이어", "또한", "아울러", "그는", "이어 그는", "그러면서", "또"] as const;

/**
 * A statement that carries on from the same speaker's previous one: `이어 “…”고 덧붙였다.`,
 * `또한 …`, `아울러 …`, `그는 …`, two spans after a cue, or the short name again (`또한 김 시장은 “…”`).
 */
export function continuedStatement(rng: Rng, scene: Scene, voice: Voice, noun: string): QuotedParagraph {
  const mood: Mood = rng.chance(0.35) ? "addition" : rng.pick(MOODS);
  const said = spans(rng, scene, noun, rng.chance(0.2) ? 2 : 1, mood);
  if (voice.short !== null && rng.chance(0.15))
    return paragraph(`또한 ${josa(voice.short, "topic")} ${said.text} ${said.verb}.`, voice, said, "short-name-again");
  const cue = rng.pick(CUES);
  return paragraph(`${cue} ${said.text} ${said.verb}.`, voice, said, `continued-${cue.replace(" ", "-")}`);
}

/**
 * The speech-style lead (`김민수 광주광역시장은 지난 4일 … 정례조회를 갖고 “…”고 강조했다.`) that
 * opens articles built around one speech.
 */
export function speechLead(rng: Rng, scene: Scene, voice: Voice, noun: string): QuotedParagraph {
  const said = spans(rng, scene, noun, 1, rng.pick(MOODS));
  const subject = josa(voice.long[0] ?? voice.medium, "topic");
  const text = `${subject} 지난 ${scene.day}일 ${josa(scene.event, "object")} 갖고 ${said.text} ${said.verb}.`;
  return paragraph(text, voice, said, "speech-lead");
}
