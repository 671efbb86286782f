import { OUTLETS } from "./banks/names.ts";
import { REGIONS, type Region } from "./banks/places.ts";
import type { TopicBank } from "./banks/topics.ts";
import { drawPublished } from "./dates.ts";
import { frontMatterBlock, type SyntheticFrontMatter } from "./frontMatter.ts";
import { deck, headline } from "./headline.ts";
import {
  NARRATIVE,
  closingParagraph,
  eventName,
  figureParagraph,
  indirectParagraph,
  leadParagraph,
  sectionHeading,
} from "./narrative.ts";
import type { Outsider } from "./outsiders.ts";
import { planPolicies, type PlannedPolicy } from "./policies.ts";
import type { Rng } from "./random.ts";
import { officeOn, type SyntheticSpeaker } from "./speakers.ts";
import { otherGwangju } from "./otherGwangju.ts";
import { drawSource } from "./sources.ts";
import {
  continuedStatement,
  namedStatement,
  returningStatement,
  soundbite,
  sourceStatements,
  speechLead,
  type QuotedParagraph,
  type References,
} from "./statements.ts";
import type { ArticleTruth, GeneratedFile, Scene, Voice } from "./types.ts";
import { formerVoice, outsiderVoice, registeredVoice, shortReference } from "./voices.ts";

/** What every article of an archive draws on. */
export interface ArchiveCast {
  /** The registered speakers. */
  speakers: readonly SyntheticSpeaker[];
  /** People quoted who are not registered. */
  outsiders: readonly Outsider[];
  /** The topics of topics.yaml. */
  topics: readonly TopicBank[];
  /** Reporters' names for bylines. */
  reporters: readonly string[];
}

/** One generated article: its file and the quotes planted in it. */
export interface GeneratedArticle {
  /** The file. */
  file: GeneratedFile;
  /** Its planted body quotes. */
  truth: ArticleTruth;
}

type Block = { kind: "text"; text: string } | { kind: "quote"; paragraph: QuotedParagraph };

/** How one article's statements are written: which voices may be referred to how, and whether it is a broadcast script. */
interface Telling {
  /** The later references each voice may take in this article. */
  refs: Map<Voice, References>;
  /** A broadcast script: soundbites under label lines (`싱크-김민수/시장`). */
  broadcast: boolean;
}

/**
 * A voice's turn: an opening statement (named in full, or for a voice named before a short
 * reference and the like; in a broadcast script mostly a soundbite) and up to `more` more, each
 * about a noun of the scene.
 */
function turn(
  rng: Rng,
  scene: Scene,
  voice: Voice,
  nouns: readonly string[],
  more: number,
  telling: Telling,
  returning = false,
): QuotedParagraph[] {
  const noun = (): string => (nouns.length > 0 && rng.chance(0.6) ? rng.pick(nouns) : rng.pick(scene.topic.nouns));
  const refs = telling.refs.get(voice) ?? { short: null, title: null, offices: [] };
  const out =
    telling.broadcast && rng.chance(0.7)
      ? [soundbite(rng, scene, voice, noun())]
      : [returning ? returningStatement(rng, scene, voice, noun(), refs) : namedStatement(rng, scene, voice, noun())];
  for (let i = 0; i < more; i += 1)
    out.push(
      ...(telling.broadcast && rng.chance(0.4)
        ? [soundbite(rng, scene, voice, noun())]
        : continuedStatement(rng, scene, voice, noun(), refs)),
    );
  return out;
}

/**
 * The references each voice may take without naming someone else of the article too: a short
 * reference (`김 시장`) when no other voice has that surname and title, the title alone when no
 * other voice has that title, the office alone unless another 광주 is in play.
 */
function references(voices: readonly Voice[], otherPlace: boolean): Map<Voice, References> {
  const key = (v: Voice): string => `${v.name.charAt(0)} ${v.title}`;
  const count = (of: (v: Voice) => string, value: string): number => voices.filter((v) => of(v) === value).length;
  return new Map(
    voices.map((voice) => {
      const short = count(key, key(voice)) === 1 ? (voice.short ?? shortReference(voice)) : null;
      const title = !otherPlace && count((v) => v.title, voice.title) === 1 ? voice.title : null;
      return [voice, { short, title, offices: otherPlace ? [] : voice.offices }];
    }),
  );
}

/** `n` background paragraphs, every template used once before any is used again. */
function fillerParagraphs(rng: Rng, scene: Scene, n: number): string[] {
  const out: string[] = [];
  while (out.length < n) {
    for (const make of rng.sample(NARRATIVE, n - out.length)) out.push(make(rng, scene));
  }
  return out;
}

function articleId(published: ReturnType<typeof drawPublished>, topic: TopicBank, index: number): string {
  const serial = String(index).padStart(5, "0");
  return published.kind === "dated"
    ? `${published.date}-${topic.id}-${serial}`
    : `undated-${published.year}-${topic.id}-${serial}`;
}

/**
 * Composes article number `index`: date, topics, speakers, a lead, background, optional `## n.`
 * sections with the policy figures, quoted statements (named, continued, two-span, unregistered
 * speakers), a closing paragraph, the headline and deck, and the front matter.
 */
export function generateArticle(rng: Rng, index: number, cast: ArchiveCast): GeneratedArticle {
  const published = drawPublished(rng, 0.03);
  const date = published.kind === "dated" ? published.date : null;
  const topic = rng.pick(cast.topics);
  const others = rng.sample(
    cast.topics.filter((t) => t !== topic),
    rng.int(0, 3),
  );
  const candidates = cast.speakers.flatMap((s) => {
    const held = officeOn(s, date);
    return held ? [{ speaker: s, held }] : [];
  });
  // Whether the registry has one holder of an office on the article's date (then `광주시장은` is theirs).
  const sole = (title: string): boolean => candidates.filter((c) => c.held.office.title === title).length === 1;
  const voiceOf = (c: (typeof candidates)[number]): Voice =>
    registeredVoice(c.speaker, c.held, date !== null && sole(c.held.office.title));
  const chosen = candidates.length > 0 && rng.chance(0.92) ? rng.pick(candidates) : null;
  const main = chosen ? voiceOf(chosen) : null;
  const region: Region = rng.chance(0.7) ? (REGIONS[0] as Region) : rng.pick(REGIONS);
  const scene: Scene = {
    topic,
    others,
    place: chosen?.held.office.place ?? region.short,
    body: chosen?.held.office.body ?? region.city,
    year: published.year,
    day: published.day,
    event: eventName(rng, topic),
  };
  const outlet = rng.pick(OUTLETS);
  const reporter = rng.chance(0.8) ? rng.pick(cast.reporters) : undefined;
  const policies = planPolicies(rng, [topic, ...others], index);
  const policyNouns = policies.map((p) => p.noun);

  // Quoted turns: the main speaker, perhaps an anonymous or group source, a second registered
  // speaker, someone unregistered, a former office holder, the other 광주, and the main speaker again.
  const speech = main !== null && rng.chance(0.3);
  const second = candidates.filter((c) => c.speaker !== chosen?.speaker);
  const secondVoice = second.length > 0 && rng.chance(0.25) ? voiceOf(rng.pick(second)) : null;
  const outsider = rng.chance(0.3) ? outsiderVoice(rng.pick(cast.outsiders), scene.place) : null;
  // Someone quoted under an office they no longer hold (and hold no other on the day).
  const formerly = (day: string) =>
    cast.speakers.flatMap((s) => {
      const past = s.offices.filter((o) => o.to !== undefined && o.to < day).at(-1);
      const taken = s === chosen?.speaker || officeOn(s, day) !== null;
      return past && !taken ? [{ speaker: s, held: past }] : [];
    });
  const formerCandidates = date !== null && rng.chance(0.1) ? formerly(date) : [];
  const former = formerCandidates.length > 0 ? rng.pick(formerCandidates) : null;
  const formerSpeaking = former ? formerVoice(former.speaker, former.held) : null;
  const source = rng.chance(0.4) ? drawSource(rng, scene, main) : null;
  const trap = rng.chance(0.04) ? rng.pick(cast.outsiders).name : null;
  const voices = [main, secondVoice, outsider, formerSpeaking].filter((v): v is Voice => v !== null);
  const telling: Telling = { refs: references(voices, trap !== null), broadcast: rng.chance(0.12) };

  const turns: QuotedParagraph[][] = [];
  if (main) {
    if (speech) {
      const lead = speechLead(rng, scene, main, policyNouns[0] ?? rng.pick(topic.nouns));
      const refs = telling.refs.get(main) ?? { short: null, title: null, offices: [] };
      const rest = Array.from({ length: rng.int(2, 6) }, () =>
        continuedStatement(rng, scene, main, rng.pick([...policyNouns, ...topic.nouns]), refs),
      );
      turns.push([lead, ...rest.flat()]);
    } else if (rng.chance(0.85)) turns.push(turn(rng, scene, main, policyNouns, rng.int(0, 3), telling));
  }
  if (source) turns.push(sourceStatements(rng, scene, source, rng.pick([...policyNouns, ...topic.nouns])));
  if (secondVoice) turns.push(turn(rng, scene, secondVoice, policyNouns, rng.int(0, 1), telling));
  if (outsider) turns.push(turn(rng, scene, outsider, policyNouns, rng.chance(0.3) ? 1 : 0, telling));
  if (formerSpeaking) turns.push(turn(rng, scene, formerSpeaking, policyNouns, rng.int(0, 1), telling));
  if (trap) turns.push(otherGwangju(rng, scene, trap));
  if (main && turns.length > 1 && rng.chance(0.4))
    turns.push(turn(rng, scene, main, policyNouns, rng.int(0, 1), telling, true));

  // The narrative around them, within 6 to 20 paragraphs in all.
  const quoteCount = turns.reduce((n, t) => n + t.reduce((m, p) => m + p.text.split("\n\n").length, 0), 0);
  const target = Math.max(rng.int(6, 20), Math.min(20, quoteCount + 2));
  const blocks: Block[] = [];
  const text = (t: string): Block => ({ kind: "text", text: t });
  const chair = main ? rng.pick([main.medium, ...main.long]) : null;
  const dateline = reporter && rng.chance(0.5) ? `[${outlet}=${reporter} 기자]` : null;
  const opening: Block[] = speech ? [] : [text(leadParagraph(rng, scene, chair, dateline))];
  const figures = policies.map((p: PlannedPolicy) =>
    text(figureParagraph(rng, scene, p.noun, p.measure, p.figure, p.period)),
  );
  const closing = rng.chance(speech ? 0.4 : 0.7) ? [text(closingParagraph(rng, scene))] : [];
  const indirect = speech && main && rng.chance(0.5) ? [text(indirectParagraph(rng, scene, main.medium))] : [];
  const fixed = opening.length + figures.length + closing.length + indirect.length + quoteCount;
  const fillers = fillerParagraphs(rng, scene, Math.max(0, target - fixed)).map(text);
  const middle = [...figures, ...fillers];
  const [firstTurn = [], ...laterTurns] = turns;
  const quoteBlocks = (t: QuotedParagraph[]): Block[] => t.map((paragraph) => ({ kind: "quote", paragraph }));
  if (speech) {
    blocks.push(...quoteBlocks(firstTurn));
    blocks.splice(2, 0, ...indirect);
    blocks.push(...middle);
  } else if (middle.length >= 4 && rng.chance(0.4)) {
    const background = middle.splice(middle.length - rng.int(1, 2));
    blocks.push(...opening, ...background);
    const size = Math.ceil(middle.length / rng.int(2, Math.min(4, middle.length)));
    const areas = [topic, ...others];
    for (let s = 0; s * size < middle.length; s += 1) {
      blocks.push(text(sectionHeading(rng, s + 1, areas[s % areas.length] as TopicBank)));
      blocks.push(...middle.slice(s * size, (s + 1) * size));
    }
    blocks.push(...quoteBlocks(firstTurn));
  } else {
    blocks.push(...opening, ...middle, ...quoteBlocks(firstTurn));
  }
  for (const later of laterTurns) blocks.push(...quoteBlocks(later));
  blocks.push(...closing);

  const quoted = blocks.flatMap((b) => (b.kind === "quote" ? [b.paragraph] : []));
  const truth = quoted.flatMap((p) => p.quotes);
  const first = quoted[0];
  const firstQuote = first?.quotes[0]
    ? { quote: first.quotes[0], verb: /([가-힣]+)\.$/u.exec(first.text)?.[1] ?? "" }
    : null;
  const id = articleId(published, topic, index);
  const speakers = [...new Set(truth.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
  const data: SyntheticFrontMatter = {
    title: headline(rng, scene, main, firstQuote, policies),
    deck: deck(rng, scene, policies),
    published: published.kind === "dated" ? published.iso : null,
    ...(published.kind === "undated" ? { dateNote: published.note } : {}),
    outlet,
    ...(reporter ? { reporter } : {}),
    speakers,
    topics: [topic.id, ...others.map((t) => t.id)],
    policies: policies.map((p) => p.input),
    ...(reporter ? {} : { notes: ["원문 사본에 기자 이름이 없다."] }),
  };
  const body = blocks.map((b) => (b.kind === "text" ? b.text : b.paragraph.text)).join("\n\n");
  return {
    file: { path: `articles/${published.year}/${id}.md`, text: `${frontMatterBlock(data)}\n${body}\n` },
    truth: { article: id, quotes: truth },
  };
}
