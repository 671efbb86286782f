import { parseArchiveDate } from "../dates/kst.ts";
import { fnv1a } from "../text/hash.ts";
import { sentenceKeys } from "./quoteWords.ts";
import { sharedCountAt, ShingleStore } from "./shingles.ts";

/** What clustering reads of a quote (a Quote record has all of it). */
export interface ClusterInput {
  /** Quote id. */
  id: string;
  /** Article id. */
  article: string;
  /** Registry id, or null when unknown. */
  speaker: string | null;
  /**
   * The name as the article writes it (a Quote record has it): with no registry id, a person named
   * this is someone not in the registry, so not any registered speaker. Absent or null: unknown.
   */
  speakerName?: string | null;
  /** The kind of source (a Quote record has it): only a `person`'s name tells who spoke. */
  source?: string;
  /** The quoted words. */
  text: string;
  /** Only `body` quotes are clustered; a headline is a paraphrase (see headlineMatch). Absent means body. */
  kind?: "body" | "headline";
}

/** What clustering reads of an article. */
export interface ClusterArticle {
  /** ISO 8601 publication time, or null when undated. */
  published: string | null;
  /** The outlet, or null when unknown. */
  outlet: string | null;
}

/**
 * One report of a statement. Word-level differences from the first report are not kept here (a
 * page makes them for the few clusters it shows: see wordDiff and quoteWords).
 */
export interface ClusterMember {
  /** Quote id. */
  quote: string;
  /** Article id. */
  article: string;
  /** When the article was published, or null. */
  published: string | null;
  /** Its outlet, or null. */
  outlet: string | null;
}

/** The same statement reported by two or more articles. */
export interface StatementCluster {
  /**
   * `s-` and a base-36 hash of the first report's quote id. It stays as long as the first report
   * does: adding a later report or a new outlet never changes it; an earlier report (or a date
   * corrected to earlier) makes that one the first and so gives a new id.
   */
  id: string;
  /** Quote id of the first report. */
  first: string;
  /** Every report, by published time (undated last), then article id, then quote id. */
  members: ClusterMember[];
}

/** Thresholds of {@link clusterQuotes}; the defaults are the ones measured by scripts/clusterQuality.ts. */
export interface ClusterOptions {
  /** Reports further apart than this many days are different occasions (a stock phrase said again). */
  windowDays: number;
  /**
   * A quote with fewer characters in its keys (spacing, particles and punctuation aside, so that
   * respacing never changes it) is brief (`감사합니다` must not join unrelated articles), and the
   * sentences two quotes share, stock phrases aside, must have this many to be evidence.
   */
  minChars: number;
  /** Share of the shorter quote's shingles the longer must contain. */
  containment: number;
  /**
   * A quote repeated whole by one known speaker within the window (see wordsPerDrop) needs this many
   * key characters, brief or not: a slogan (`성원과 연대의 힘으로 함께 열어가자`) said again is
   * one statement, a word of thanks (`감사합니다`) is not.
   */
  minWholeChars: number;
  /**
   * Two quotes have the same wording when the shorter is contained in the longer and the longer
   * has at most one word more per this many of its words (and at least one: a dropped word).
   */
  wordsPerDrop: number;
  /** A sentence in fewer articles than this is never a stock phrase. */
  stockArticles: number;
  /** A sentence said by this many different speakers is a stock phrase. */
  stockSpeakers: number;
  /** A sentence said on this many occasions (more than the window apart) is a stock phrase. */
  stockOccasions: number;
}

/** Default thresholds: see {@link ClusterOptions}. */
export const CLUSTER_DEFAULTS: ClusterOptions = {
  windowDays: 30,
  minChars: 16,
  containment: 0.8,
  minWholeChars: 10,
  wordsPerDrop: 10,
  stockArticles: 3,
  stockSpeakers: 3,
  stockOccasions: 3,
};

/** Quote indices stay below this in a band entry or a pair key (2^20: a million quotes). */
const INDEX_SPAN = 2 ** 20;
const DAY_MS = 86_400_000;
const DIGIT = /\d/u;
const DIGITS = /\d+/gu;
/** Sentences (or what is left of one without a word) shorter than this, in key characters, are no candidate key. */
const MIN_KEY_CHARS = 4;
/** Entry kinds in a candidate key: the whole sentence (or quote), or it without one word. */
const FULL = 0;
const DROPPED = 1;
/**
 * Syllables left out of a sentence's skeleton (see skeletonHash): particles, which a word written
 * together with the next keeps inside (`연대의힘`) and a piece split off keeps at its end (`원은`).
 */
const SKELETON_DROPS = (() => {
  const drops = new Uint8Array(65536);
  for (const syllable of "은는이가을를의에서로으와과도게께나며만") drops[syllable.charCodeAt(0)] = 1;
  return drops;
})();
/**
 * Particles a word keeps inside when it is written together with the next (`연대의 힘으로` →
 * `연대의힘으로`, key `연대의힘`): dropping one of them finds the word in `연대힘`.
 */
const INNER_PARTICLES = ["에서", "으로", "의", "을", "를", "은", "는", "이", "가", "에", "와", "과", "로", "도"];

/** A growing array of numbers (pair keys, band entries, offsets) without a boxed number each. */
class NumberList {
  values = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  /** The values, sorted ascending. */
  sorted(): Float64Array {
    return this.values.subarray(0, this.length).sort();
  }
}

/**
 * Every prepared sentence, by number, in columns (no object per sentence: tens of thousands of
 * quotes must leave little for the garbage collector). Sentence `s` has the de-spaced,
 * particle-free keys `joined[s]`; its words' keys end in `joined[s]` at
 * `keyEnds[firstWord[s]…firstWord[s + 1])`; `stock[s]` is 1 for a stock phrase. Its shingles are
 * made when a comparison first needs them (most sentences are never compared).
 */
class Sentences {
  readonly joined: string[] = [];
  readonly shingles = new ShingleStore();
  readonly keyEnds = new NumberList();
  readonly firstWord = new NumberList();
  stock = new Uint8Array(0);
  /** Where sentence `s`'s shingles start and end in `shingles.data`; -1 until made. */
  private shingleStart = new Float64Array(0);
  private shingleEnd = new Float64Array(0);

  /** Adds a sentence; returns its number. */
  add(joined: string, keyEnds: readonly number[]): number {
    const number = this.joined.length;
    this.joined.push(joined);
    this.firstWord.push(this.keyEnds.length);
    for (const end of keyEnds) this.keyEnds.push(end);
    return number;
  }
  /** Ends the table: the offsets get their closing entries and every sentence starts as content. */
  close(): void {
    this.firstWord.push(this.keyEnds.length);
    this.stock = new Uint8Array(this.joined.length);
    this.shingleStart = new Float64Array(this.joined.length).fill(-1);
    this.shingleEnd = new Float64Array(this.joined.length);
  }
  /** Written forms (see SentenceKeys.written), made when first needed; by sentence number. */
  private readonly writtenForms: Array<string | undefined> = [];

  /** Makes sentence `s`'s shingles, of its skeleton (see skeletonHash), if not yet made. */
  private made(s: number): void {
    if (this.shingleStart[s] !== -1) return;
    this.shingleStart[s] = this.shingles.add(this.joined[s] as string, SKELETON_DROPS);
    this.shingleEnd[s] = this.shingles.length;
  }
  /** Sentence `s` of `quote` as written, particles kept (made for the whole quote when first asked). */
  written(s: number, quote: Prepared): string {
    let form = this.writtenForms[s];
    if (form === undefined) {
      sentenceKeys(quote.input.text, true).forEach((part, k) => {
        this.writtenForms[quote.first + k] = part.written ?? part.joined;
      });
      form = this.writtenForms[s] ?? (this.joined[s] as string);
    }
    return form;
  }
  start(s: number): number {
    this.made(s);
    return this.shingleStart[s] as number;
  }
  end(s: number): number {
    this.made(s);
    return this.shingleEnd[s] as number;
  }
  words(s: number): number {
    return (this.firstWord.values[s + 1] as number) - (this.firstWord.values[s] as number);
  }
  /** Where word `w` of sentence `s` starts in `joined[s]`. */
  keyStart(s: number, w: number): number {
    return w === 0 ? 0 : (this.keyEnds.values[(this.firstWord.values[s] as number) + w - 1] as number);
  }
  /** Where word `w` of sentence `s` ends in `joined[s]`. */
  keyEnd(s: number, w: number): number {
    return this.keyEnds.values[(this.firstWord.values[s] as number) + w] as number;
  }
  /** The key of word `w` of sentence `s`. */
  key(s: number, w: number): string {
    return (this.joined[s] as string).slice(this.keyStart(s, w), this.keyEnd(s, w));
  }
}

/** A quote prepared for comparison: its sentences are numbers `first…last` of the table. */
interface Prepared {
  input: ClusterInput;
  /** Who spoke (see {@link speakerOf}), or null when unknown. */
  speaker: string | null;
  index: number;
  first: number;
  last: number;
  /** How many words. */
  words: number;
  /** How many key characters all its sentences have: the shorter of two quotes is contained in the longer. */
  size: number;
  /**
   * Fewer than `minChars` key characters (`감사합니다`): joined only to a quote of an
   * article already known to report the same event (see sameEventPairs), never on its words alone.
   */
  brief: boolean;
  /** A 53-bit hash of its keys written together: equal for wordings alike but for spacing and particles. */
  wording: number;
  /** The numbers in it, or null when none. */
  numbers: string[] | null;
  time: number | null;
  article: ClusterArticle | undefined;
}

/** Instants of published dates already parsed (an article's quotes share one). */
const TIMES = new Map<string, number | null>();

/** Milliseconds since the epoch of an ISO publication time, or null when undated or unreadable. */
function timeOf(published: string | null): number | null {
  if (published === null) return null;
  let time = TIMES.get(published);
  if (time === undefined) {
    const parsed = parseArchiveDate(published);
    time = typeof parsed === "string" ? null : parsed.epochMs;
    if (TIMES.size > 100_000) TIMES.clear();
    TIMES.set(published, time);
  }
  return time;
}

/**
 * Who spoke a quote, as far as clustering can tell: the registry id, or for a named person not in
 * the registry `name:` and the name as written (two articles may write one such person's name
 * differently: then they are not joined, a miss rather than a wrong join), or null when unknown (an
 * anonymous source, an office, a group, no cue), which may be anyone.
 */
function speakerOf(input: ClusterInput): string | null {
  if (input.speaker !== null) return input.speaker;
  if (input.source !== "person" || !input.speakerName) return null;
  return `name:${input.speakerName.normalize("NFC").replace(/\s+/gu, " ").trim()}`;
}

/** A quote's words and shingles, or null when it has no words. */
function prepare(
  input: ClusterInput,
  index: number,
  article: ClusterArticle | undefined,
  table: Sentences,
  options: ClusterOptions,
): Prepared | null {
  const parts = sentenceKeys(input.text);
  let words = 0;
  let chars = 0;
  for (const part of parts) {
    words += part.keyEnds.length;
    chars += part.joined.length;
  }
  if (words === 0) return null;
  const first = table.joined.length;
  let numbers: string[] | null = null;
  let low = 0x811c9dc5;
  let high = 0x9e3779b9;
  for (const part of parts) {
    table.add(part.joined, part.keyEnds);
    if (DIGIT.test(part.joined)) numbers = [...(numbers ?? []), ...(part.joined.match(DIGITS) ?? [])];
    for (let i = 0; i < part.joined.length; i += 1) {
      const code = part.joined.charCodeAt(i);
      low = Math.imul(low ^ code, 0x01000193);
      high = Math.imul(high ^ code, 0x85ebca6b) ^ (high >>> 13);
    }
  }
  return {
    input,
    speaker: speakerOf(input),
    index,
    first,
    last: table.joined.length,
    words,
    size: chars,
    brief: chars < options.minChars,
    wording: (low >>> 0) * 2 ** 21 + ((high >>> 0) % 2 ** 21),
    numbers,
    time: timeOf(article?.published ?? null),
    article,
  };
}

/** True when two quotes may report one statement: other articles, the same or an unknown speaker, within the window. */
function compatible(a: Prepared, b: Prepared, windowMs: number): boolean {
  if (a.input.article === b.input.article) return false;
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) return false;
  return a.time === null || b.time === null || Math.abs(a.time - b.time) <= windowMs;
}

/**
 * True when a word's key is in a de-spaced passage: in its keys, in its words as written (a key the
 * next word's particle was cut from: `따로` in `클라우드는따로`), or with an inner particle dropped
 * (two words written together: `연대의힘` in `신뢰연대힘함께`).
 */
function holds(joined: string, written: string, key: string): boolean {
  if (joined.includes(key) || written.includes(key)) return true;
  for (const particle of INNER_PARTICLES) {
    for (
      let at = key.indexOf(particle, 1);
      at > 0 && at + particle.length < key.length;
      at = key.indexOf(particle, at + 1)
    )
      if (joined.includes(key.slice(0, at) + key.slice(at + particle.length))) return true;
  }
  return false;
}

/** True when every word of sentence `s` is in sentence `passage` of quote `owner` (see {@link holds}). */
function holdsAll(table: Sentences, s: number, passage: number, owner: Prepared): boolean {
  const text = table.joined[passage] as string;
  if (text.includes(table.joined[s] as string)) return true;
  const written = table.written(passage, owner);
  const count = table.words(s);
  for (let w = 0; w < count; w += 1) if (!holds(text, written, table.key(s, w))) return false;
  return true;
}

/** How many words of `quote` no sentence of `other` holds, counting no further than `limit + 1`. */
function wordsNotIn(table: Sentences, quote: Prepared, other: Prepared, limit: number): number {
  let missing = 0;
  for (let s = quote.first; s < quote.last; s += 1) {
    const count = table.words(s);
    for (let w = 0; w < count; w += 1) {
      const key = table.key(s, w);
      let held = false;
      for (let o = other.first; o < other.last && !held; o += 1)
        held = holds(table.joined[o] as string, table.written(o, other), key);
      if (!held && (missing += 1) > limit) return missing;
    }
  }
  return missing;
}

/**
 * How alike two compatible quotes are, or 0 when they are not the same statement. The shorter
 * (fewer shingles) must be contained in the longer: each of its sentences is matched to the
 * longer's sentence holding most of its shingles; every word of it must be in that sentence
 * (spacing and particles aside); every number of it must be in the longer (`300억원` is not
 * `240억원`); its stock sentences must each have `containment` of their shingles there, and its
 * other sentences together too. Then it is the same statement when either
 * - the contained sentences that are not stock phrases have `minChars` key characters (a shared
 *   stock phrase is no evidence; with an undated quote, which no window limits, twice that), or
 * - both are dated and name the same speaker, and the two have the same wording: the longer has
 *   hardly a word more (see `wordsPerDrop`). One person's quote of stock phrases repeated whole
 *   within the window is one statement; an unknown speaker's could be anyone's, and an undated
 *   quote cannot be placed on one occasion.
 * Without `needEvidence` (two articles already known to report one event), containment suffices.
 */
function similarity(a: Prepared, b: Prepared, table: Sentences, options: ClusterOptions, needEvidence = true): number {
  const [short, long] = a.size < b.size || (a.size === b.size && a.index < b.index) ? [a, b] : [b, a];
  const data = table.shingles.data;
  let total = 0;
  let found = 0;
  let contentTotal = 0;
  let contentFound = 0;
  let evidence = 0;
  for (let s = short.first; s < short.last; s += 1) {
    const start = table.start(s);
    const end = table.end(s);
    let best = -1;
    let bestShared = -1;
    for (let o = long.first; o < long.last; o += 1) {
      const shared = sharedCountAt(data, start, end, data, table.start(o), table.end(o));
      if (shared > bestShared) {
        best = o;
        bestShared = shared;
      }
    }
    if (best < 0 || !holdsAll(table, s, best, long)) return 0;
    const size = end - start;
    total += size;
    found += bestShared;
    if (table.stock[s] === 0) {
      contentTotal += size;
      contentFound += bestShared;
      evidence += (table.joined[s] as string).length;
    } else if (bestShared < options.containment * size) return 0;
  }
  if (contentTotal > 0 && contentFound < options.containment * contentTotal) return 0;
  if (short.numbers) {
    if (!long.numbers) return 0;
    for (const number of short.numbers) if (!long.numbers.includes(number)) return 0;
  }
  // How much of the shorter the longer holds, plus how much of the longer the shorter covers: a
  // report with all the words ranks before one with a sentence cut.
  const score = total === 0 ? 0 : found / total + short.size / long.size;
  if (!needEvidence) return score;
  const dated = a.time !== null && b.time !== null;
  if (evidence >= options.minChars && (dated || evidence >= 2 * options.minChars)) return score;
  // The same wording, said by one known speaker within the window: the longer has at most one word
  // more per `wordsPerDrop`.
  if (!dated || !knownAlike(a, b) || short.size < options.minWholeChars) return 0;
  const allowed = Math.max(1, Math.floor(long.words / options.wordsPerDrop));
  return wordsNotIn(table, long, short, allowed) > allowed ? 0 : score;
}

/** True when both quotes name their speaker and it is the same one. */
function knownAlike(a: Prepared, b: Prepared): boolean {
  return a.speaker !== null && a.speaker === b.speaker;
}

/**
 * Continues a 32-bit FNV-1a hash `hash` over `text[from…to)` without the skeleton's dropped
 * syllables: so a wording and its respaced or re-particled twin hash alike, and the hash of a
 * sentence without one word is the hash of its keys before the word continued over those after.
 */
function skeletonHash(text: string, from: number, to: number, hash: number): number {
  let h = hash;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (SKELETON_DROPS[code] === 1) continue;
    h = Math.imul(h ^ code, 0x01000193) >>> 0;
  }
  return h;
}

const FNV_SEED = 0x811c9dc5;

/**
 * Adds the candidate keys of a run of sentences (`first…last`, one sentence or a whole quote)
 * to `entries`: its skeleton hash, and its skeleton hash without each one word (a dropped word),
 * each as `hash × 2^21 + index × 2 + kind`.
 */
function addKeys(entries: NumberList, table: Sentences, first: number, last: number, index: number): void {
  let full = FNV_SEED;
  let chars = 0;
  for (let s = first; s < last; s += 1) {
    const text = table.joined[s] as string;
    full = skeletonHash(text, 0, text.length, full);
    chars += text.length;
  }
  if (chars < MIN_KEY_CHARS) return;
  const tag = index * 2;
  entries.push(full * 2 ** 21 + tag + FULL);
  // Without word w of sentence s: the words before it, then those after it.
  let before = FNV_SEED;
  for (let s = first; s < last; s += 1) {
    const text = table.joined[s] as string;
    const count = table.words(s);
    for (let w = 0; w < count; w += 1) {
      const start = table.keyStart(s, w);
      const end = table.keyEnd(s, w);
      if (chars - (end - start) >= MIN_KEY_CHARS && count > 1) {
        let h = skeletonHash(text, end, text.length, before);
        for (let t = s + 1; t < last; t += 1) {
          const rest = table.joined[t] as string;
          h = skeletonHash(rest, 0, rest.length, h);
        }
        entries.push(h * 2 ** 21 + tag + DROPPED);
      }
      before = skeletonHash(text, start, end, before);
    }
  }
}

/** True when a quote has a stock sentence. */
function hasStock(table: Sentences, quote: Prepared): boolean {
  for (let s = quote.first; s < quote.last; s += 1) if (table.stock[s] === 1) return true;
  return false;
}

/** True when every sentence of a quote is a stock phrase. */
function allStock(table: Sentences, quote: Prepared): boolean {
  for (let s = quote.first; s < quote.last; s += 1) if (table.stock[s] === 0) return false;
  return true;
}

/**
 * Candidate pairs, each once, compatible (see {@link compatible}), as `a × INDEX_SPAN + b` with
 * `a < b`, ascending: two quotes are candidates when a sentence of one that is not a stock phrase
 * has the skeleton (see skeletonHash) of a sentence of the other, or of it without one word; or,
 * for a dated quote of a known speaker with a stock phrase, when the whole quotes are so alike (a
 * quote repeated whole: see similarity). Nothing else is ever compared.
 */
function candidatePairs(
  prepared: readonly Prepared[],
  table: Sentences,
  windowMs: number,
  minWholeChars: number,
): Float64Array {
  // One list of sentence keys and one of whole-quote keys, each sorted, so equal hashes lie side by side.
  const sentences = new NumberList();
  const wholes = new NumberList();
  for (const quote of prepared) {
    if (quote.speaker !== null && quote.time !== null && quote.size >= minWholeChars)
      if (quote.brief || hasStock(table, quote)) addKeys(wholes, table, quote.first, quote.last, quote.index);
    if (quote.brief) continue;
    for (let s = quote.first; s < quote.last; s += 1)
      if (table.stock[s] === 0) addKeys(sentences, table, s, s + 1, quote.index);
  }
  const pairs = new NumberList();
  /** Per quote index: 1 when the run at hand has its full key (two dropped-word keys alike are two replaced words). */
  const full = new Uint8Array(prepared.length);
  const consider = (a: Prepared, b: Prepared): void => {
    if (a === b || (full[a.index] === 0 && full[b.index] === 0) || !compatible(a, b, windowMs)) return;
    pairs.push(a.index < b.index ? a.index * INDEX_SPAN + b.index : b.index * INDEX_SPAN + a.index);
  };
  const members: Prepared[] = [];
  for (const list of [sentences, wholes]) {
    const sorted = list.sorted();
    for (let start = 0; start < sorted.length;) {
      const key = Math.floor((sorted[start] as number) / 2 ** 21);
      let end = start + 1;
      while (end < sorted.length && Math.floor((sorted[end] as number) / 2 ** 21) === key) end += 1;
      if (end - start > 1) {
        members.length = 0;
        let anyFull = false;
        for (let k = start; k < end; k += 1) {
          const tag = (sorted[k] as number) % 2 ** 21;
          const quote = prepared[Math.floor(tag / 2)] as Prepared;
          if (tag % 2 === FULL) {
            full[quote.index] = 1;
            anyFull = true;
          }
          if (members[members.length - 1] !== quote) members.push(quote);
        }
        if (anyFull) {
          if (members.length === 2) consider(members[0] as Prepared, members[1] as Prepared);
          else if (members.length > 2) bucketPairs(members, windowMs, consider);
        }
        for (const quote of members) full[quote.index] = 0;
      }
      start = end;
    }
  }
  const sorted = pairs.sorted();
  let unique = 0;
  for (let i = 0; i < sorted.length; i += 1)
    if (i === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i] as number;
  return sorted.subarray(0, unique);
}

/** Order by time, undated last. */
function byTime(x: Prepared, y: Prepared): number {
  return (x.time ?? Infinity) - (y.time ?? Infinity);
}

/**
 * The pairs of a bucket of three or more quotes that may be one statement: by speaker, so a common
 * sentence frame pairs only one speaker's quotes (and unknown speakers' with everyone's), and in
 * time order, so dated quotes pair only within the window.
 */
function bucketPairs(
  members: readonly Prepared[],
  windowMs: number,
  consider: (a: Prepared, b: Prepared) => void,
): void {
  const bySpeaker = new Map<string | null, Prepared[]>();
  for (const quote of members) {
    const group = bySpeaker.get(quote.speaker);
    if (group) group.push(quote);
    else bySpeaker.set(quote.speaker, [quote]);
  }
  const unknown = (bySpeaker.get(null) ?? []).sort(byTime);
  for (const [speaker, group] of bySpeaker) {
    group.sort(byTime);
    if (group.length > 1)
      for (let i = 0; i < group.length; i += 1) {
        const a = group[i] as Prepared;
        for (let j = i + 1; j < group.length; j += 1) {
          const b = group[j] as Prepared;
          if (a.time !== null && b.time !== null && b.time - a.time > windowMs) break;
          consider(a, b);
        }
      }
    if (speaker === null || unknown.length === 0) continue;
    let from = 0;
    for (const a of unknown) {
      if (a.time === null) {
        for (const b of group) consider(a, b);
        continue;
      }
      while (from < group.length && (group[from]?.time ?? Infinity) < a.time - windowMs) from += 1;
      for (let j = from; j < group.length; j += 1) {
        const b = group[j] as Prepared;
        if (b.time !== null && b.time > a.time + windowMs) {
          // Skip to the undated ones at the end.
          while (j + 1 < group.length && group[j + 1]?.time !== null) j += 1;
          continue;
        }
        consider(a, b);
      }
    }
  }
}

/** A verified pair: two quote indices and how alike they are. */
interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/** A key for a pair of articles, whichever comes first. */
function articlePair(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/**
 * Pairs of articles that report one event: each pair of articles with a verified pair of quotes,
 * and each pair of articles with two or more quotes of the same wording (keys alike but for spacing
 * and particles, within the window, speakers not different): an outlet's reprint of another's
 * report, whose quotes may all be stock phrases or short.
 */
function sameEventArticles(
  prepared: readonly Prepared[],
  direct: readonly ScoredPair[],
  windowMs: number,
): Map<string, [string, string]> {
  const linked = new Map<string, [string, string]>();
  for (const pair of direct) {
    const a = (prepared[pair.a] as Prepared).input.article;
    const b = (prepared[pair.b] as Prepared).input.article;
    linked.set(articlePair(a, b), [a, b]);
  }
  const byWording = new Map<number, Prepared[]>();
  for (const quote of prepared) {
    const list = byWording.get(quote.wording);
    if (list) list.push(quote);
    else byWording.set(quote.wording, [quote]);
  }
  const shared = new Map<string, number>();
  for (const list of byWording.values()) {
    if (list.length < 2) continue;
    list.sort(byTime);
    for (let i = 0; i < list.length; i += 1) {
      const a = list[i] as Prepared;
      for (let j = i + 1; j < list.length; j += 1) {
        const b = list[j] as Prepared;
        if (a.time !== null && b.time !== null && b.time - a.time > windowMs) break;
        if (!compatible(a, b, windowMs)) continue;
        const key = articlePair(a.input.article, b.input.article);
        const count = (shared.get(key) ?? 0) + 1;
        shared.set(key, count);
        if (count === 2) linked.set(key, [a.input.article, b.input.article]);
      }
    }
  }
  return linked;
}

/**
 * Pairs of quotes made only of stock phrases, or brief, in two articles that report one event (see
 * sameEventArticles): a press release reprinted, every quote of it the same statement, the stock
 * and short ones too. The shorter must still be contained in the longer (see similarity).
 */
function sameEventPairs(
  prepared: readonly Prepared[],
  direct: readonly ScoredPair[],
  table: Sentences,
  windowMs: number,
  options: ClusterOptions,
): ScoredPair[] {
  const byArticle = new Map<string, Prepared[]>();
  for (const quote of prepared) {
    if (!quote.brief && !allStock(table, quote)) continue;
    const list = byArticle.get(quote.input.article);
    if (list) list.push(quote);
    else byArticle.set(quote.input.article, [quote]);
  }
  const out: ScoredPair[] = [];
  for (const [a, b] of sameEventArticles(prepared, direct, windowMs).values())
    for (const x of byArticle.get(a) ?? [])
      for (const y of byArticle.get(b) ?? []) {
        if (!compatible(x, y, windowMs)) continue;
        const score = similarity(x, y, table, options, false);
        if (score > 0)
          out.push(x.index < y.index ? { a: x.index, b: y.index, score } : { a: y.index, b: x.index, score });
      }
  return out;
}

/** What a group of two or more holds, to keep a joined group consistent. */
interface GroupState {
  articles: string[];
  speaker: string | null;
  first: number | null;
  last: number | null;
}

/**
 * Union-find over quote indices. A join is refused when the groups share an article, name two
 * different speakers (an unknown speaker must not glue two people's words), or would span more than
 * the window (a chain of repeats must not stretch across years).
 */
class Groups {
  private readonly parent: Int32Array;
  private readonly state: Array<GroupState | undefined>;
  constructor(
    private readonly prepared: readonly Prepared[],
    private readonly windowMs: number,
  ) {
    this.parent = Int32Array.from(prepared, (_, i) => i);
    this.state = new Array<GroupState | undefined>(prepared.length);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  /** The state of a root, made when first needed (most quotes are never joined). */
  private stateOf(root: number): GroupState {
    let state = this.state[root];
    if (!state) {
      const quote = this.prepared[root] as Prepared;
      state = { articles: [quote.input.article], speaker: quote.speaker, first: quote.time, last: quote.time };
      this.state[root] = state;
    }
    return state;
  }
  /** Joins the groups of `a` and `b` unless the join is refused (see the class). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const sa = this.stateOf(ra);
    const sb = this.stateOf(rb);
    if (sa.speaker !== null && sb.speaker !== null && sa.speaker !== sb.speaker) return;
    const first = sa.first === null ? sb.first : sb.first === null ? sa.first : Math.min(sa.first, sb.first);
    const last = sa.last === null ? sb.last : sb.last === null ? sa.last : Math.max(sa.last, sb.last);
    if (first !== null && last !== null && last - first > this.windowMs) return;
    const [small, large] = sa.articles.length <= sb.articles.length ? [sa, sb] : [sb, sa];
    for (const article of small.articles) if (large.articles.includes(article)) return;
    large.articles.push(...small.articles);
    large.speaker = sa.speaker ?? sb.speaker;
    large.first = first;
    large.last = last;
    const [child, root] = large === sb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.state[child] = undefined;
  }
}

/**
 * Marks the sentences that are stock phrases: written alike (spacing and particles aside) in quotes
 * of at least `stockArticles` articles, and either by `stockSpeakers` or more speakers or on
 * `stockOccasions` or more occasions (reports further apart than the window are other occasions).
 * Such a sentence (`광주는 역사의 고비마다 가야 할 길을 제시했다`) is said again and again, so
 * sharing it says nothing about one statement.
 */
function markStockSentences(
  prepared: readonly Prepared[],
  table: Sentences,
  windowMs: number,
  options: ClusterOptions,
): void {
  // Sentences by skeleton (spacing and particles aside: a respaced stock phrase is one too). First
  // count each skeleton's quotes (an upper bound on its articles); only the few common enough are
  // looked at closely.
  const skeletons = new Float64Array(table.joined.length);
  const counts = new Map<number, number>();
  for (const quote of prepared) {
    if (quote.brief) continue;
    for (let s = quote.first; s < quote.last; s += 1) {
      const text = table.joined[s] as string;
      // 30 bits, so the map's keys are small integers (no boxed number each); a rare collision
      // only counts two sentences together.
      const skeleton = skeletonHash(text, 0, text.length, FNV_SEED) & 0x3fffffff;
      skeletons[s] = skeleton;
      counts.set(skeleton, (counts.get(skeleton) ?? 0) + 1);
    }
  }
  const common = new Map<number, Prepared[]>();
  for (const quote of prepared) {
    if (quote.brief) continue;
    for (let s = quote.first; s < quote.last; s += 1) {
      const skeleton = skeletons[s] as number;
      if ((counts.get(skeleton) as number) < options.stockArticles) continue;
      const list = common.get(skeleton);
      if (!list) common.set(skeleton, [quote]);
      else if (list[list.length - 1] !== quote) list.push(quote);
    }
  }
  const stock = new Set<number>();
  for (const [sentence, quotes] of common) {
    const articles = new Set<string>();
    const speakers = new Set<string>();
    const times: number[] = [];
    for (const quote of quotes) {
      if (articles.has(quote.input.article)) continue;
      articles.add(quote.input.article);
      if (quote.speaker !== null) speakers.add(quote.speaker);
      if (quote.time !== null) times.push(quote.time);
    }
    if (articles.size < options.stockArticles) continue;
    if (speakers.size >= options.stockSpeakers) {
      stock.add(sentence);
      continue;
    }
    times.sort((x, y) => x - y);
    let occasions = times.length > 0 ? 1 : 0;
    for (let i = 1; i < times.length; i += 1)
      if ((times[i] as number) - (times[i - 1] as number) > windowMs) occasions += 1;
    if (occasions >= options.stockOccasions) stock.add(sentence);
  }
  for (const quote of prepared) {
    if (quote.brief) continue;
    for (let s = quote.first; s < quote.last; s += 1) if (stock.has(skeletons[s] as number)) table.stock[s] = 1;
  }
}

/** Order of reports: by time (undated last), then article id, then quote id. */
function byReport(a: Prepared, b: Prepared): number {
  if (a.time !== b.time) {
    if (a.time === null) return 1;
    if (b.time === null) return -1;
    return a.time - b.time;
  }
  if (a.input.article !== b.input.article) return a.input.article < b.input.article ? -1 : 1;
  return a.input.id < b.input.id ? -1 : a.input.id > b.input.id ? 1 : 0;
}

/** The cluster id for a first report's quote id: see {@link StatementCluster.id}. */
export function clusterId(firstQuoteId: string): string {
  return `s-${fnv1a(firstQuoteId).toString(36)}`;
}

/**
 * Groups body quotes of different articles that report the same statement: a press release printed
 * by several outlets, a quote repeated days later, small edits (a word dropped, spacing, particles,
 * middle dots, a sentence cut). Quotes are compared by character shingles of their de-spaced,
 * particle-free words; candidates come from MinHash bands over each sentence and each whole quote
 * (no pair is compared unless a sentence or the whole is alike), within `windowDays` and for the
 * same speaker (or an unknown one on either side); a candidate is kept when the shorter quote is
 * contained in the longer and shares more than stock phrases with it, or has the same wording
 * (see {@link ClusterOptions}). Strongest pairs join first; a group never holds two quotes of one
 * article. Short quotes and headline quotes are left out. Output: clusters of two or more, by
 * first report; deterministic for the same input whatever its order.
 */
export function clusterQuotes(
  quotes: readonly ClusterInput[],
  articleOf: (articleId: string) => ClusterArticle | undefined,
  options: Partial<ClusterOptions> = {},
): StatementCluster[] {
  const settings = { ...CLUSTER_DEFAULTS, ...options };
  const ordered = quotes
    .filter((quote) => quote.kind !== "headline")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const table = new Sentences();
  const prepared: Prepared[] = [];
  for (const quote of ordered) {
    const ready = prepare(quote, prepared.length, articleOf(quote.article), table, settings);
    if (ready) prepared.push(ready);
  }
  table.close();
  if (prepared.length >= INDEX_SPAN) throw new Error(`clusterQuotes: more than ${INDEX_SPAN - 1} quotes`);
  const windowMs = settings.windowDays * DAY_MS;
  markStockSentences(prepared, table, windowMs, settings);
  const direct: ScoredPair[] = [];
  for (const pair of candidatePairs(prepared, table, windowMs, settings.minWholeChars)) {
    const a = Math.floor(pair / INDEX_SPAN);
    const b = pair % INDEX_SPAN;
    const score = similarity(prepared[a] as Prepared, prepared[b] as Prepared, table, settings);
    if (score > 0) direct.push({ a, b, score });
  }
  // Strongest first; pairs found on their own words before those found through their articles.
  const strongest = (x: ScoredPair, y: ScoredPair): number => y.score - x.score || x.a - y.a || x.b - y.b;
  const verified = [
    ...direct.sort(strongest),
    ...sameEventPairs(prepared, direct, table, windowMs, settings).sort(strongest),
  ];
  const groups = new Groups(prepared, windowMs);
  for (const { a, b } of verified) groups.union(a, b);
  const members = new Map<number, Prepared[]>();
  for (const { a, b } of verified) {
    for (const index of [a, b]) {
      const root = groups.find(index);
      const list = members.get(root);
      const quote = prepared[index] as Prepared;
      if (!list) members.set(root, [quote]);
      else if (!list.includes(quote)) list.push(quote);
    }
  }
  const clusters: Array<{ first: Prepared; cluster: StatementCluster }> = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    list.sort(byReport);
    const first = list[0] as Prepared;
    clusters.push({
      first,
      cluster: {
        id: clusterId(first.input.id),
        first: first.input.id,
        members: list.map((member) => ({
          quote: member.input.id,
          article: member.input.article,
          published: member.article?.published ?? null,
          outlet: member.article?.outlet ?? null,
        })),
      },
    });
  }
  return clusters.sort((x, y) => byReport(x.first, y.first)).map((c) => c.cluster);
}

/** Cluster id by quote id, for filling in each quote's `cluster` field. */
export function clusterOfQuote(clusters: readonly StatementCluster[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const cluster of clusters) for (const member of cluster.members) out.set(member.quote, cluster.id);
  return out;
}
