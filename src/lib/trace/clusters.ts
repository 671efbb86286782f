import { parseArchiveDate } from "../dates/kst.ts";
import type { WordDiffPart } from "../schemas/quote.ts";
import { fnv1a } from "../text/hash.ts";
import { joinedKey, quoteSentences, quoteWords, type QuoteWord } from "./quoteWords.ts";
import { minHash, sharedCount, shingles } from "./shingles.ts";
import { wordDiff } from "./wordDiff.ts";

/** What clustering reads of a quote (a Quote record has all of it). */
export interface ClusterInput {
  /** Quote id. */
  id: string;
  /** Article id. */
  article: string;
  /** Registry id, or null when unknown. */
  speaker: string | null;
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

/** One report of a statement. */
export interface ClusterMember {
  /** Quote id. */
  quote: string;
  /** Article id. */
  article: string;
  /** When the article was published, or null. */
  published: string | null;
  /** Its outlet, or null. */
  outlet: string | null;
  /** Word-level differences from the first report (`this` is this member's wording, `other` the first's); empty for the first. */
  diff: WordDiffPart[];
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
  /** Quotes with fewer words are not clustered (`감사합니다` must not join unrelated articles). */
  minWords: number;
  /** Quotes whose de-spaced keys have fewer characters are not clustered. */
  minChars: number;
  /** Share of the shorter quote's shingles the longer must contain. */
  containment: number;
  /** One word in this many of the shorter quote may be missing from the longer (a replaced word). */
  wordsPerMiss: number;
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
  minWords: 5,
  minChars: 16,
  containment: 0.8,
  wordsPerMiss: 20,
  stockArticles: 3,
  stockSpeakers: 3,
  stockOccasions: 3,
};

/** MinHash bands × rows per band: 10 × 2 finds sentences of Jaccard 0.5 with probability 0.94, 0.7 with 0.999. */
const BANDS = 8;
const ROWS = 3;
/** Quote indices stay below this in a band entry (2^20: a million quotes). */
const INDEX_SPAN = 2 ** 20;
const DAY_MS = 86_400_000;

/** One sentence of a quote, prepared for comparison. */
interface PreparedSentence {
  /** De-spaced, particle-free keys. */
  key: string;
  /** Its words. */
  words: QuoteWord[];
  /** Its shingles. */
  shingles: Uint32Array;
  /** False for a stock phrase (set once the stock phrases are known). */
  content: boolean;
}

/** A quote prepared for comparison. */
interface Prepared {
  input: ClusterInput;
  index: number;
  words: QuoteWord[];
  sentences: PreparedSentence[];
  /** How many shingles all its sentences have: the shorter of two quotes is contained in the longer. */
  size: number;
  numbers: string[];
  time: number | null;
  published: string | null;
  outlet: string | null;
  text: string;
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

/** The quote's sentences, each with the words inside it. */
function sentencesOf(text: string, words: readonly QuoteWord[]): PreparedSentence[] {
  const out: PreparedSentence[] = [];
  let at = 0;
  for (const sentence of quoteSentences(text)) {
    const own: QuoteWord[] = [];
    while (at < words.length && (words[at] as QuoteWord).start < sentence.end) own.push(words[at++] as QuoteWord);
    if (own.length === 0) continue;
    const key = joinedKey(own);
    out.push({ key, words: own, shingles: shingles(key), content: true });
  }
  return out;
}

function prepare(
  input: ClusterInput,
  index: number,
  article: ClusterArticle | undefined,
  options: ClusterOptions,
): Prepared | null {
  if (input.kind === "headline") return null;
  const text = input.text.normalize("NFC");
  const words = quoteWords(text);
  if (words.length < options.minWords) return null;
  const joined = joinedKey(words);
  if (joined.length < options.minChars) return null;
  const published = article?.published ?? null;
  const sentences = sentencesOf(text, words);
  return {
    input,
    index,
    words,
    sentences,
    size: sentences.reduce((n, sentence) => n + sentence.shingles.length, 0),
    numbers: joined.match(/\d+/gu) ?? [],
    time: timeOf(published),
    published,
    outlet: article?.outlet ?? null,
    text,
  };
}

/** True when two quotes may report one statement: other articles, the same or an unknown speaker, within the window. */
function compatible(a: Prepared, b: Prepared, windowMs: number): boolean {
  if (a.input.article === b.input.article) return false;
  if (a.input.speaker !== null && b.input.speaker !== null && a.input.speaker !== b.input.speaker) return false;
  return a.time === null || b.time === null || Math.abs(a.time - b.time) <= windowMs;
}

/**
 * How alike two compatible quotes are, or 0 when they are not the same statement. Each sentence of
 * the shorter quote is matched to the longer quote's sentence holding most of its shingles; the
 * share of those shingles found must reach `containment`; its sentences that are not stock phrases
 * must have `minWords` words or more (a shared stock phrase is no evidence); every word of
 * those sentences must occur in its matched sentence (spacing aside), bar one in `wordsPerMiss`;
 * every number of the shorter must be in the longer (`300억원` is not `240억원`). An undated quote
 * needs twice `minWords` words, as no window limits it. Without `needEvidence` (two articles already
 * known to report one event), a quote of stock phrases alone may match.
 */
function similarity(a: Prepared, b: Prepared, options: ClusterOptions, needEvidence = true): number {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  if ((a.time === null || b.time === null) && short.words.length < 2 * options.minWords) return 0;
  let total = 0;
  let found = 0;
  let words = 0;
  let evidence = 0;
  const matched: Array<[PreparedSentence, PreparedSentence]> = [];
  for (const sentence of short.sentences) {
    let best: PreparedSentence | null = null;
    let bestShared = -1;
    for (const other of long.sentences) {
      const shared = sharedCount(sentence.shingles, other.shingles);
      if (shared > bestShared) {
        best = other;
        bestShared = shared;
      }
    }
    if (!sentence.content) {
      // A stock phrase is no evidence, but a quote that has one the other lacks is not contained in it.
      if (bestShared < options.containment * sentence.shingles.length) return 0;
      continue;
    }
    total += sentence.shingles.length;
    found += bestShared;
    words += sentence.words.length;
    evidence += sentence.words.length;
    if (best) matched.push([sentence, best]);
  }
  if (!needEvidence && total === 0) return 1;
  if (needEvidence && evidence < options.minWords) return 0;
  if (total === 0 || found / total < options.containment) return 0;
  const allowed = Math.floor(words / options.wordsPerMiss);
  let missing = 0;
  for (const [sentence, other] of matched)
    for (const word of sentence.words) if (!other.key.includes(word.key) && (missing += 1) > allowed) return 0;
  for (const number of short.numbers) if (!long.numbers.includes(number)) return 0;
  return found / total;
}

/** Candidate pairs: quotes with a sentence whose MinHash agrees in one band, compatible, each pair once. */
function candidatePairs(prepared: readonly Prepared[], windowMs: number): Array<[Prepared, Prepared]> {
  // Per band, one number per (sentence, band): the band's hash × 2^20 + the quote's index, sorted,
  // so equal hashes lie side by side (no map of buckets to build and collect).
  const entries = Array.from({ length: BANDS }, () => [] as number[]);
  for (const quote of prepared) {
    for (const sentence of quote.sentences) {
      if (sentence.key.length < 4 || !sentence.content) continue;
      const signature = minHash(sentence.shingles, BANDS * ROWS);
      for (let band = 0; band < BANDS; band += 1) {
        let key = band;
        for (let row = 0; row < ROWS; row += 1)
          key = (Math.imul(key, 0x01000193) ^ (signature[band * ROWS + row] as number)) >>> 0;
        (entries[band] as number[]).push(key * INDEX_SPAN + quote.index);
      }
    }
  }
  const buckets: Prepared[][] = [];
  for (const list of entries) {
    const sorted = Float64Array.from(list).sort();
    for (let start = 0; start < sorted.length;) {
      const key = Math.floor((sorted[start] as number) / INDEX_SPAN);
      let end = start + 1;
      while (end < sorted.length && Math.floor((sorted[end] as number) / INDEX_SPAN) === key) end += 1;
      if (end - start > 1) {
        const members: Prepared[] = [];
        for (let k = start; k < end; k += 1) {
          const quote = prepared[(sorted[k] as number) % INDEX_SPAN] as Prepared;
          if (members[members.length - 1] !== quote) members.push(quote);
        }
        if (members.length > 1) buckets.push(members);
      }
      start = end;
    }
  }
  const pairs: Array<[Prepared, Prepared]> = [];
  const seenPairs = new Set<number>();
  const n = prepared.length;
  const consider = (a: Prepared, b: Prepared): void => {
    const [x, y] = a.index < b.index ? [a, b] : [b, a];
    const pairKey = x.index * n + y.index;
    if (seenPairs.has(pairKey) || !compatible(x, y, windowMs)) return;
    seenPairs.add(pairKey);
    pairs.push([x, y]);
  };
  const byTime = (x: Prepared, y: Prepared): number => (x.time ?? Infinity) - (y.time ?? Infinity);
  /** Pairs within one list sorted by time (undated last): dated pairs only within the window. */
  const within = (list: readonly Prepared[]): void => {
    for (let i = 0; i < list.length; i += 1) {
      const a = list[i] as Prepared;
      for (let j = i + 1; j < list.length; j += 1) {
        const b = list[j] as Prepared;
        if (a.time !== null && b.time !== null && b.time - a.time > windowMs) break;
        consider(a, b);
      }
    }
  };
  /** Pairs between two lists sorted by time (undated last), dated pairs only within the window. */
  const across = (left: readonly Prepared[], right: readonly Prepared[]): void => {
    let from = 0;
    for (const a of left) {
      if (a.time === null) {
        for (const b of right) consider(a, b);
        continue;
      }
      while (from < right.length && (right[from]?.time ?? Infinity) < a.time - windowMs) from += 1;
      for (let j = from; j < right.length; j += 1) {
        const b = right[j] as Prepared;
        if (b.time !== null && b.time > a.time + windowMs) {
          // Skip to the undated ones at the end.
          while (j + 1 < right.length && right[j + 1]?.time !== null) j += 1;
          continue;
        }
        consider(a, b);
      }
    }
  };
  for (const list of buckets) {
    {
      // By speaker, so a large bucket (a common sentence frame) pairs only one speaker's quotes,
      // and those of unknown speakers with everyone's.
      const bySpeaker = new Map<string | null, Prepared[]>();
      for (const quote of list) {
        const group = bySpeaker.get(quote.input.speaker);
        if (group) group.push(quote);
        else bySpeaker.set(quote.input.speaker, [quote]);
      }
      const unknown = (bySpeaker.get(null) ?? []).sort(byTime);
      for (const [speaker, group] of bySpeaker) {
        if (group.length > 1) within(group.sort(byTime));
        if (speaker !== null && unknown.length > 0) across(unknown, group);
      }
    }
  }
  return pairs;
}

/** What a group holds, to keep a joined group consistent. */
interface GroupState {
  articles: Set<string>;
  speaker: string | null;
  first: number | null;
  last: number | null;
}

/**
 * Pairs of quotes made only of stock phrases, found in two articles that already share a statement
 * (a press release reprinted: every quote of it is the same statement, the stock ones too).
 */
function sameEventPairs(
  prepared: readonly Prepared[],
  direct: ReadonlyArray<{ a: Prepared; b: Prepared }>,
  windowMs: number,
  options: ClusterOptions,
): Array<{ a: Prepared; b: Prepared; score: number }> {
  const byArticle = new Map<string, Prepared[]>();
  for (const quote of prepared) {
    if (quote.sentences.some((s) => s.content)) continue;
    const list = byArticle.get(quote.input.article);
    if (list) list.push(quote);
    else byArticle.set(quote.input.article, [quote]);
  }
  const linked = new Set<string>();
  const out: Array<{ a: Prepared; b: Prepared; score: number }> = [];
  for (const { a, b } of direct) {
    const key = `${a.input.article}\n${b.input.article}`;
    if (linked.has(key)) continue;
    linked.add(key);
    for (const x of byArticle.get(a.input.article) ?? [])
      for (const y of byArticle.get(b.input.article) ?? []) {
        if (!compatible(x, y, windowMs)) continue;
        const score = similarity(x, y, options, false);
        if (score > 0) out.push(x.index < y.index ? { a: x, b: y, score } : { a: y, b: x, score });
      }
  }
  return out;
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
    prepared: readonly Prepared[],
    private readonly windowMs: number,
  ) {
    this.parent = Int32Array.from(prepared, (_, i) => i);
    this.state = prepared.map((q) => ({
      articles: new Set([q.input.article]),
      speaker: q.input.speaker,
      first: q.time,
      last: q.time,
    }));
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
  /** Joins the groups of `a` and `b` unless the join is refused (see the class). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const sa = this.state[ra] as GroupState;
    const sb = this.state[rb] as GroupState;
    if (sa.speaker !== null && sb.speaker !== null && sa.speaker !== sb.speaker) return;
    const first = sa.first === null ? sb.first : sb.first === null ? sa.first : Math.min(sa.first, sb.first);
    const last = sa.last === null ? sb.last : sb.last === null ? sa.last : Math.max(sa.last, sb.last);
    if (first !== null && last !== null && last - first > this.windowMs) return;
    const [small, large] = sa.articles.size <= sb.articles.size ? [sa, sb] : [sb, sa];
    for (const article of small.articles) if (large.articles.has(article)) return;
    for (const article of small.articles) large.articles.add(article);
    large.speaker = sa.speaker ?? sb.speaker;
    large.first = first;
    large.last = last;
    const [child, root] = large === sb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.state[child] = undefined;
  }
}

/**
 * Sentences that are stock phrases: written alike (spacing and particles aside) in quotes of at
 * least `stockArticles` articles, and either by `stockSpeakers` or more speakers or on
 * `stockOccasions` or more occasions (reports further apart than the window are other occasions).
 * Such a sentence (`광주는 역사의 고비마다 가야 할 길을 제시했다`) is said again and again, so
 * sharing it says nothing about one statement.
 */
function stockSentences(prepared: readonly Prepared[], windowMs: number, options: ClusterOptions): Set<string> {
  const seen = new Map<string, { articles: Set<string>; speakers: Set<string>; times: number[] }>();
  for (const quote of prepared) {
    for (const { key } of quote.sentences) {
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { articles: new Set(), speakers: new Set(), times: [] }));
      if (entry.articles.has(quote.input.article)) continue;
      entry.articles.add(quote.input.article);
      if (quote.input.speaker !== null) entry.speakers.add(quote.input.speaker);
      if (quote.time !== null) entry.times.push(quote.time);
    }
  }
  const stock = new Set<string>();
  for (const [sentence, entry] of seen) {
    if (entry.articles.size < options.stockArticles) continue;
    if (entry.speakers.size >= options.stockSpeakers) {
      stock.add(sentence);
      continue;
    }
    const times = entry.times.sort((x, y) => x - y);
    let occasions = times.length > 0 ? 1 : 0;
    for (let i = 1; i < times.length; i += 1)
      if ((times[i] as number) - (times[i - 1] as number) > windowMs) occasions += 1;
    if (occasions >= options.stockOccasions) stock.add(sentence);
  }
  return stock;
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
 * by several outlets, a quote repeated days later, small edits (a word dropped or replaced, spacing,
 * particles, middle dots, a sentence cut). Quotes are compared by character shingles of their
 * de-spaced, particle-free words; candidates come from MinHash bands over each sentence (no pair is
 * compared unless a sentence is alike), within `windowDays` and for the same speaker (or an unknown
 * one on either side); a candidate is kept when the shorter quote is contained in the longer (see
 * {@link ClusterOptions}). Strongest pairs join first; a group never holds two quotes of one
 * article. Short quotes and headline quotes are left out. Output: clusters of two or more, by first
 * report; deterministic for the same input whatever its order.
 */
export function clusterQuotes(
  quotes: readonly ClusterInput[],
  articleOf: (articleId: string) => ClusterArticle | undefined,
  options: Partial<ClusterOptions> = {},
): StatementCluster[] {
  const settings = { ...CLUSTER_DEFAULTS, ...options };
  const ordered = [...quotes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const prepared: Prepared[] = [];
  for (const quote of ordered) {
    const ready = prepare(quote, prepared.length, articleOf(quote.article), settings);
    if (ready) prepared.push(ready);
  }
  const windowMs = settings.windowDays * DAY_MS;
  const stock = stockSentences(prepared, windowMs, settings);
  for (const quote of prepared) for (const sentence of quote.sentences) sentence.content = !stock.has(sentence.key);
  const direct = candidatePairs(prepared, windowMs)
    .map(([a, b]) => ({ a, b, score: similarity(a, b, settings) }))
    .filter((pair) => pair.score > 0);
  const verified = [...direct, ...sameEventPairs(prepared, direct, windowMs, settings)].sort(
    (x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index,
  );
  const groups = new Groups(prepared, windowMs);
  for (const { a, b } of verified) groups.union(a.index, b.index);
  const members = new Map<number, Prepared[]>();
  for (const quote of prepared) {
    const root = groups.find(quote.index);
    const list = members.get(root);
    if (list) list.push(quote);
    else members.set(root, [quote]);
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
          published: member.published,
          outlet: member.outlet,
          diff: member === first ? [] : wordDiff(member.words, first.words, { this: member.text, other: first.text }),
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
