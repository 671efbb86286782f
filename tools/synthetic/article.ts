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
import { continuedStatement, namedStatement, speechLead, type QuotedParagraph } from "./statements.ts";
import type { ArticleTruth, GeneratedFile, Scene, Voice } from "./types.ts";
import { outsiderVoice, registeredVoice } from "./voices.ts";

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

/** A voice's turn: one named statement and up to `more` continuations, each about a noun of the scene. */
function turn(rng: Rng, scene: Scene, voice: Voice, nouns: readonly string[], more: number): QuotedParagraph[] {
  const noun = (): string => (nouns.length > 0 && rng.chance(0.6) ? rng.pick(nouns) : rng.pick(scene.topic.nouns));
  const out = [namedStatement(rng, scene, voice, noun())];
  for (let i = 0; i < more; i += 1) out.push(continuedStatement(rng, scene, voice, noun()));
  return out;
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
  const chosen = candidates.length > 0 && rng.chance(0.92) ? rng.pick(candidates) : null;
  const main = chosen ? registeredVoice(chosen.speaker, chosen.held) : null;
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

  // Quoted turns: the main speaker, perhaps a second registered one, perhaps someone unregistered.
  const turns: QuotedParagraph[][] = [];
  const speech = main !== null && rng.chance(0.3);
  if (main) {
    if (speech) {
      const lead = speechLead(rng, scene, main, policyNouns[0] ?? rng.pick(topic.nouns));
      const rest = Array.from({ length: rng.int(2, 6) }, () =>
        continuedStatement(rng, scene, main, rng.pick([...policyNouns, ...topic.nouns])),
      );
      turns.push([lead, ...rest]);
    } else if (rng.chance(0.85)) turns.push(turn(rng, scene, main, policyNouns, rng.int(0, 3)));
  }
  const second = candidates.filter((c) => c.speaker !== chosen?.speaker);
  if (second.length > 0 && rng.chance(0.25)) {
    const pick = rng.pick(second);
    turns.push(turn(rng, scene, registeredVoice(pick.speaker, pick.held), policyNouns, rng.int(0, 1)));
  }
  if (rng.chance(0.3)) {
    const outsider = outsiderVoice(rng.pick(cast.outsiders), scene.place);
    turns.push(turn(rng, scene, outsider, policyNouns, rng.chance(0.3) ? 1 : 0));
  }
  if (main && turns.length > 1 && rng.chance(0.4)) turns.push(turn(rng, scene, main, policyNouns, rng.int(0, 1)));

  // The narrative around them, within 6 to 20 paragraphs in all.
  const quoteCount = turns.reduce((n, t) => n + t.length, 0);
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
