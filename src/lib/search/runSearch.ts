import Fuse from "fuse.js";
import { matchableTitle, SEARCH_TYPES, type SearchDoc, type SearchType } from "./documents.ts";
import { chunkOf, shardOf, type SearchMeta } from "./buildIndex.ts";
import { foldSearchText } from "./fold.ts";
import { bigrams, CHOSEONG_PREFIX, ngrams, postingsArray } from "./grams.ts";
import { isChoseongQuery, toChoseong } from "./hangul.ts";
import { matchWord, queryWord, type QueryWord, type Range } from "./match.ts";
import { stripParticle } from "./particles.ts";
import { squeeze, unsqueezeRanges, withoutDots } from "./squeeze.ts";
import type { SearchStore } from "./store.ts";

/** A search: the words and the filters, as the query string carries them. */
export interface SearchQuery {
  q: string;
  /** Only these kinds of record (all when empty or absent). */
  types?: readonly SearchType[] | undefined;
  speaker?: string | undefined;
  topic?: string | undefined;
  /** KST dates `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** How many hits to return (default 20). */
  limit?: number | undefined;
}

/** One result, with the matched ranges of its title and text for highlighting. */
export interface SearchHit {
  doc: SearchDoc;
  titleRanges: Range[];
  textRanges: Range[];
}

/** The outcome of a search. */
export interface SearchResult {
  hits: SearchHit[];
  /** How many records matched (at least this many when `more`). */
  total: number;
  /** True when more candidates existed than were checked. */
  more: boolean;
  /** Why nothing could be searched: every word is one character long. */
  notice: "too-short" | null;
}

/** Hits on one page of results (the search page shows this many at a time): the unit of `limit` the budgets below are given for. */
export const PAGE_HITS = 10;
/**
 * Record files the first round of checking loads at most: what a browser fetches at once from one
 * host over HTTP/1.1 (six connections). Each file costs a request, and requests, not bytes, are what
 * a search waits for; later rounds (the next pages, a typo's fallback) may load twice as many.
 */
const FILES_PER_PAGE = 4;

/** A Hangul compatibility letter (ㄱ…ㅎ, ㅏ…ㅣ): what a half-typed syllable shows. */
const JAMO = /[\u3131-\u318E]/u;

/** One query word as the index narrows it. */
interface Word {
  match: QueryWord;
  /** The word's grams (those common enough to narrow nothing left out). */
  grams: string[];
  /**
   * How many of them a match may lack: two when one typo is forgiven (a changed letter breaks the
   * two grams it is in), one when the last syllable may be half typed, else none.
   */
  slack: number;
}

/** The words of a query, folded, dots taken out, particles stripped; 초성 queries as one word. */
export function queryWords(q: string, stop: ReadonlySet<string>): { words: Word[]; choseong: boolean } {
  const folded = foldSearchText(q).replace(/"/gu, " ").trim();
  const choseong = isChoseongQuery(folded);
  const texts = choseong
    ? [withoutDots(folded.replace(/\s+/gu, ""))]
    : folded
        .split(/\s+/u)
        .map((w) => stripParticle(withoutDots(w)))
        .filter(Boolean);
  const words = texts.map((text): Word => {
    const match = choseong ? { text, completion: null, fuzzy: false } : queryWord(text);
    // 초성 of three letters or more narrow by trigrams: bigrams of initials match too much.
    const raw =
      choseong && [...text].length >= 3
        ? ngrams(text, 3, CHOSEONG_PREFIX)
        : bigrams(text, choseong ? CHOSEONG_PREFIX : "");
    // A text gram holding a lone letter (the `평ㄱ` of a half-typed `평가`) is in no document: it is
    // neither loaded nor counted, and the slack it would have used goes with it.
    const typed = choseong ? [...raw] : [...raw].filter((g) => !JAMO.test(g));
    const grams = typed.filter((g) => !stop.has(g));
    const slack = match.fuzzy && [...text].length >= 3 ? 2 : match.completion ? 1 : 0;
    return { match, grams, slack: Math.max(0, slack - (raw.size - typed.length)) };
  });
  return { words, choseong };
}

/** Every gram a query's words need, for loading their shards ahead of the search (while typing). */
export function queryGrams(q: string, stop: ReadonlySet<string>): string[] {
  const { words } = queryWords(q, stop);
  return [...new Set(words.flatMap((w) => w.grams))];
}

/** Starts loading what a query will need first (the meta file and its grams' shards); errors are left to the search. */
export async function prefetchQuery(store: SearchStore, q: string): Promise<void> {
  const meta = await store.meta();
  const grams = queryGrams(q, new Set(meta.stop));
  await Promise.all(grams.map((g) => store.shard(shardOf(meta, g))));
}

function rangesIn(text: string, words: readonly Word[], choseong: boolean): Range[] | null {
  const squeezed = squeeze(choseong ? toChoseong(text) : text);
  const all: Range[] = [];
  for (const word of words) {
    const ranges = matchWord(squeezed.text, word.match);
    if (ranges.length === 0) return null;
    all.push(...unsqueezeRanges(squeezed, ranges));
  }
  return all.sort((a, b) => a[0] - b[0]);
}

const typeRank = (type: SearchType): number => SEARCH_TYPES.indexOf(type);

/** A candidate that really holds every word, with its folded fields and match ranges. */
interface Verified {
  n: number;
  doc: SearchDoc;
  title: string;
  text: string;
  titleRanges: Range[];
  textRanges: Range[];
}

function verifyOne(n: number, doc: SearchDoc, words: readonly Word[], choseong: boolean): Verified | null {
  const title = foldSearchText(matchableTitle(doc));
  const text = foldSearchText(doc.text);
  if (!rangesIn(`${title}\n${text}`, words, choseong)) return null;
  return {
    n,
    doc,
    title,
    text,
    titleRanges: rangesIn(title, words, choseong) ?? [],
    textRanges: rangesIn(text, words, choseong) ?? [],
  };
}

/**
 * Scores documents by the query's grams: how many of each word's grams a document holds, summed; a
 * document lacking more of a word's grams than its slack is out (score -1). Null when no word has a
 * gram to narrow by.
 */
function scoreDocuments(
  words: readonly Word[],
  postings: ReadonlyMap<string, Int32Array>,
  docs: number,
): Int16Array | null {
  const narrowing = words.filter((w) => w.grams.length > 0);
  if (narrowing.length === 0) return null;
  const score = new Int16Array(docs);
  const held = new Uint8Array(docs);
  for (const word of narrowing) {
    held.fill(0);
    for (const gram of word.grams) for (const n of postings.get(gram) ?? []) held[n] = (held[n] ?? 0) + 1;
    const needed = Math.max(1, word.grams.length - word.slack);
    for (let n = 0; n < docs; n += 1) {
      const s = score[n] ?? 0;
      const h = held[n] ?? 0;
      if (s >= 0) score[n] = h < needed ? -1 : s + h;
    }
  }
  return score;
}

/** Candidates best first: highest score, then document order (quotes, policy items, articles; newest first). */
function orderCandidates(score: Int16Array, keep: (n: number) => boolean): number[] {
  const buckets: number[][] = [];
  for (let n = 0; n < score.length; n += 1) {
    const s = score[n] ?? -1;
    if (s < 0 || !keep(n)) continue;
    (buckets[s] ??= []).push(n);
  }
  const ordered: number[] = [];
  for (let s = buckets.length - 1; s >= 0; s -= 1) for (const n of buckets[s] ?? []) ordered.push(n);
  return ordered;
}

/**
 * Picks the record files of one round, from the best-scored candidates left only: they nearly
 * always match, while the next score down nearly never does, unless nothing of the best did (a
 * typo's matches score low: the next round gets them). Among the first of them (ten times what is
 * still needed), the files holding the most come first, since a file loaded for one candidate
 * checks every candidate in it. Stops once the files hold half again what is still needed, or at
 * the budget.
 */
function pickChunks(
  meta: SearchMeta,
  ordered: readonly number[],
  score: Int16Array | null,
  loaded: ReadonlySet<string>,
  needed: number,
  budget: number,
): string[] {
  const chunks = new Map<string, { count: number; first: number }>();
  let best: number | null = null;
  let seen = 0;
  for (let i = 0; i < ordered.length && seen < needed * 10; i += 1) {
    const n = ordered[i] ?? 0;
    const { key } = chunkOf(meta, n);
    if (loaded.has(key)) continue;
    const s = score?.[n] ?? 0;
    best ??= s;
    if (s < best) break;
    seen += 1;
    const entry = chunks.get(key);
    if (entry) entry.count += 1;
    else chunks.set(key, { count: 1, first: i });
  }
  const ranked = [...chunks].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
  const picked: string[] = [];
  let covered = 0;
  for (const [key, { count }] of ranked) {
    if (picked.length >= budget || covered >= needed * 1.5) break;
    picked.push(key);
    covered += count;
  }
  return picked;
}

/**
 * Runs a search against an index store: narrows candidates with the gram index (allowing for one
 * typo and a half-typed last syllable), applies filters, loads the record files holding the best
 * candidates (a round or two of parallel requests), checks every word really occurs, and ranks the
 * survivors with fuse.js (exact phrase first).
 */
export async function runSearch(store: SearchStore, query: SearchQuery): Promise<SearchResult> {
  const limit = query.limit ?? PAGE_HITS;
  const meta = await store.meta();
  const { words, choseong } = queryWords(query.q, new Set(meta.stop));
  const empty: SearchResult = { hits: [], total: 0, more: false, notice: null };
  if (words.length === 0) return empty;
  if (words.every((w) => [...w.match.text].length < 2)) return { ...empty, notice: "too-short" };

  const grams = [...new Set(words.flatMap((w) => w.grams))];
  const postings = new Map(
    await Promise.all(grams.map(async (g) => [g, await postingsOf(store, g, shardOf(meta, g))] as const)),
  );
  const score = scoreDocuments(words, postings, meta.docs);

  const types = query.types && query.types.length > 0 ? query.types : SEARCH_TYPES;
  const everyType = SEARCH_TYPES.every((t) => types.includes(t));
  const inTypes = (n: number): boolean =>
    everyType || types.some((t) => n >= meta.ranges[t][0] && n < meta.ranges[t][1]);
  let keep = inTypes;
  if (query.speaker || query.topic || query.from || query.to) {
    const attrs = await store.attrs();
    const speaker = query.speaker ? attrs.speakers.indexOf(query.speaker) : -1;
    const topic = query.topic ? attrs.topics.indexOf(query.topic) : -1;
    keep = (n) => {
      if (!inTypes(n)) return false;
      const [speakers, topics, date] = attrs.docs[n] ?? [[], [], null];
      if (query.speaker && !speakers.includes(speaker)) return false;
      if (query.topic && !topics.includes(topic)) return false;
      if ((query.from || query.to) && date === null) return false;
      if (query.from && date !== null && date < query.from) return false;
      if (query.to && date !== null && date > query.to) return false;
      return true;
    };
  }
  const ordered = score
    ? orderCandidates(score, keep)
    : Array.from({ length: Math.min(meta.docs, 2000) }, (_, n) => n).filter(keep);
  const isCandidate = new Uint8Array(meta.docs);
  for (const n of ordered) isCandidate[n] = 1;

  // Load the files holding the best candidates, a round of parallel requests at a time, and check
  // every candidate in each file loaded.
  const verified: Verified[] = [];
  const loaded = new Set<string>();
  let checked = 0;
  /** Per score: candidates checked and hits among them, to estimate the unchecked ones. */
  const tiers = new Map<number, { checked: number; hits: number }>();
  // One round per page of hits asked for; one more only when nothing was found (a typo's matches
  // score low, below the best-scored candidates a round takes).
  const pages = Math.ceil(limit / PAGE_HITS);
  for (let round = 0; (round <= pages || store.local) && verified.length < limit; round += 1) {
    if (round >= pages && verified.length > 0 && !store.local) break;
    if (!ordered.some((n) => !loaded.has(chunkOf(meta, n).key))) break;
    // The round's files are requested together and checked in the order picked, as they arrive:
    // once enough hits are found the search answers without waiting for the rest (which still
    // arrive and stay cached, for the next page of results).
    const budget = store.local ? Infinity : round === 0 ? FILES_PER_PAGE : FILES_PER_PAGE * 2;
    const keys = pickChunks(meta, ordered, score, loaded, limit - verified.length, budget);
    const pending = keys.map((key) => store.chunk(key));
    for (const request of pending) request.catch(() => undefined);
    for (const [i, key] of keys.entries()) {
      if (verified.length >= limit) break;
      const docs = (await pending[i]) ?? [];
      loaded.add(key);
      const start = firstOfChunk(meta, key);
      docs.forEach((doc, offset) => {
        const n = start + offset;
        if (!isCandidate[n]) return;
        checked += 1;
        const hit = verifyOne(n, doc, words, choseong);
        if (hit) verified.push(hit);
        const tier = tiers.get(score?.[n] ?? 0) ?? { checked: 0, hits: 0 };
        tier.checked += 1;
        if (hit) tier.hits += 1;
        tiers.set(score?.[n] ?? 0, tier);
      });
    }
  }

  const phrase = words.map((w) => w.match.text).join(" ");
  const fuse = new Fuse(verified, {
    keys: [
      { name: "text", weight: 0.7 },
      { name: "title", weight: 0.3 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 1,
  });
  const fuseScore = new Map(fuse.search(choseong ? toChoseong(phrase) : phrase).map((r) => [r.item.n, r.score ?? 1]));
  const squeezedText = new Map(verified.map((v) => [v.n, withoutDots(v.text)]));
  const squeezedTitle = new Map(verified.map((v) => [v.n, withoutDots(v.title)]));
  const exact = (v: Verified): number =>
    squeezedText.get(v.n)?.includes(phrase) ? 0 : squeezedTitle.get(v.n)?.includes(phrase) ? 1 : 2;
  verified.sort(
    (a, b) =>
      exact(a) - exact(b) ||
      (fuseScore.get(a.n) ?? 1) - (fuseScore.get(b.n) ?? 1) ||
      typeRank(a.doc.type) - typeRank(b.doc.type) ||
      a.n - b.n,
  );
  const exhausted = checked >= ordered.length;
  return {
    hits: verified.slice(0, limit).map(({ doc, titleRanges, textRanges }) => ({ doc, titleRanges, textRanges })),
    total: exhausted ? verified.length : estimateTotal(ordered, score, tiers, verified.length),
    more: !exhausted,
    notice: null,
  };
}

/**
 * How many records match, estimated: the hits found, plus the candidates left unchecked at each
 * score times the share of hits among those checked at that score (scores never checked count
 * nothing: the best ones are checked first, and lower ones rarely match).
 */
function estimateTotal(
  ordered: readonly number[],
  score: Int16Array | null,
  tiers: ReadonlyMap<number, { checked: number; hits: number }>,
  found: number,
): number {
  const candidates = new Map<number, number>();
  for (const n of ordered) candidates.set(score?.[n] ?? 0, (candidates.get(score?.[n] ?? 0) ?? 0) + 1);
  let total = found;
  for (const [s, { checked, hits }] of tiers) {
    if (checked > 0) total += Math.round(((candidates.get(s) ?? 0) - checked) * (hits / checked));
  }
  return total;
}

/** The first document number of a chunk file. */
function firstOfChunk(meta: SearchMeta, key: string): number {
  const dash = key.lastIndexOf("-");
  const type = key.slice(0, dash) as SearchType;
  return meta.ranges[type][0] + Number(key.slice(dash + 1)) * meta.chunkSizes[type];
}

const decoded = new WeakMap<Record<string, string>, Map<string, Int32Array>>();

/** A gram's postings as numbers, decoded once per loaded shard. */
async function postingsOf(store: SearchStore, gram: string, shard: number): Promise<Int32Array> {
  const postings = await store.shard(shard);
  let cache = decoded.get(postings);
  if (!cache) {
    cache = new Map();
    decoded.set(postings, cache);
  }
  let list = cache.get(gram);
  if (!list) {
    list = postingsArray(postings[gram] ?? "");
    cache.set(gram, list);
  }
  return list;
}
