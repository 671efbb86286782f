import Fuse from "fuse.js";
import { matchableTitle, SEARCH_TYPES, type SearchDoc, type SearchType } from "./documents.ts";
import { chunkOf, shardOf } from "./buildIndex.ts";
import { estimateTotal, firstOfChunk, orderCandidates, pickChunks, scoreDocuments } from "./candidates.ts";
import { foldSearchText } from "./fold.ts";
import { postingsArray } from "./grams.ts";
import { toChoseong } from "./hangul.ts";
import { matchWord, type Range } from "./match.ts";
import { placeDate, type DateRange } from "./dateRange.ts";
import { queryGrams, queryWords, type Word } from "./queryWords.ts";
import { rankingWindow } from "./rankingWindow.ts";
import { squeeze, unsqueezeRanges, withoutDots } from "./squeeze.ts";
import type { SearchStore } from "./store.ts";

/** A search: the words and the filters, as the query string carries them. */
export interface SearchQuery {
  q: string;
  /** Only these kinds of record (all when empty or absent). */
  types?: readonly SearchType[] | undefined;
  speaker?: string | undefined;
  topic?: string | undefined;
  /**
   * KST dates `YYYY-MM-DD`, inclusive (check them with `dateRangeProblem` first). Records known
   * only by year are kept when the year overlaps the range; records of unknown date are kept too,
   * after every dated one, and counted in `undated` (see dateRange.ts).
   */
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
  /**
   * With a date range: how many matching records have no known date (날짜 미상). They are not
   * dropped: they come after every dated result, and this says how many there are.
   */
  undated: number;
  /** True when more records of unknown date may match than `undated` counts (not all were checked). */
  undatedMore: boolean;
}

/** Hits on one page of results (the search page shows this many at a time): the unit of `limit` the budgets below are given for. */
export const PAGE_HITS = 10;
/**
 * Record files the first round of checking loads at most. Each file costs a request, and requests,
 * not bytes, are what a search waits for, and requests in parallel overlap only in part (see the
 * search benchmark, `npm run bench:search`). Three files of 256 quotes fill a page of ten about as
 * often as four of 64 did; later rounds (the next pages, a typo's fallback) may load twice as many.
 */
const FILES_PER_PAGE = 3;

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
 * Runs a search against an index store: narrows candidates with the gram index (allowing for one
 * typo and a half-typed last syllable), applies filters, loads the record files holding the best
 * candidates (a round or two of parallel requests), checks every word really occurs, and ranks the
 * survivors with fuse.js (exact phrase first; fuse.js scores the stretch of text around the matches).
 */
export async function runSearch(store: SearchStore, query: SearchQuery): Promise<SearchResult> {
  const limit = query.limit ?? PAGE_HITS;
  const meta = await store.meta();
  const { words, choseong } = queryWords(query.q, new Set(meta.stop));
  const empty: SearchResult = { hits: [], total: 0, more: false, notice: null, undated: 0, undatedMore: false };
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
  const range: DateRange = { from: query.from, to: query.to };
  const byDate = Boolean(query.from || query.to);
  /** Records of unknown date: with a date range, kept but ordered after every dated one. */
  let isUndated = (_n: number): boolean => false;
  if (query.speaker || query.topic || byDate) {
    const attrs = await store.attrs();
    const speaker = query.speaker ? attrs.speakers.indexOf(query.speaker) : -1;
    const topic = query.topic ? attrs.topics.indexOf(query.topic) : -1;
    keep = (n) => {
      if (!inTypes(n)) return false;
      const [speakers, topics, date] = attrs.docs[n] ?? [[], [], null];
      if (query.speaker && !speakers.includes(speaker)) return false;
      if (query.topic && !topics.includes(topic)) return false;
      return placeDate(date, range) !== "out";
    };
    if (byDate) isUndated = (n) => (attrs.docs[n]?.[2] ?? null) === null;
  }
  const best = score
    ? orderCandidates(score, keep)
    : Array.from({ length: Math.min(meta.docs, 2000) }, (_, n) => n).filter(keep);
  const ordered = byDate ? [...best.filter((n) => !isUndated(n)), ...best.filter(isUndated)] : best;
  const isCandidate = new Uint8Array(meta.docs);
  for (const n of ordered) isCandidate[n] = 1;

  // Load the files holding the best candidates, a round of parallel requests at a time, and check
  // every candidate in each file loaded.
  const verified: Verified[] = [];
  const loaded = new Set<string>();
  let checked = 0;
  /** Hits of a known (or possible) date: the ones a page is filled with before any undated one. */
  let datedHits = 0;
  /** Per score: candidates checked and hits among them, to estimate the unchecked ones. */
  const tiers = new Map<number, { checked: number; hits: number }>();
  const checkFiles = async (keys: readonly string[], enough: () => boolean): Promise<void> => {
    // The round's files are requested together and checked in the order picked, as they arrive:
    // once enough hits are found the search answers without waiting for the rest (which still
    // arrive and stay cached, for the next page of results).
    const pending = keys.map((key) => store.chunk(key));
    for (const request of pending) request.catch(() => undefined);
    for (const [i, key] of keys.entries()) {
      if (enough()) break;
      const docs = (await pending[i]) ?? [];
      loaded.add(key);
      const start = firstOfChunk(meta, key);
      docs.forEach((doc, offset) => {
        const n = start + offset;
        if (!isCandidate[n]) return;
        checked += 1;
        const hit = verifyOne(n, doc, words, choseong);
        if (hit) {
          verified.push(hit);
          if (!isUndated(n)) datedHits += 1;
        }
        const tier = tiers.get(score?.[n] ?? 0) ?? { checked: 0, hits: 0 };
        tier.checked += 1;
        if (hit) tier.hits += 1;
        tiers.set(score?.[n] ?? 0, tier);
      });
    }
  };
  // One round per page of hits asked for; one more only when nothing was found (a typo's matches
  // score low, below the best-scored candidates a round takes).
  const pages = Math.ceil(limit / PAGE_HITS);
  const full = (): boolean => datedHits >= limit;
  for (let round = 0; (round <= pages || store.local) && !full(); round += 1) {
    if (round >= pages && datedHits > 0 && !store.local) break;
    if (!ordered.some((n) => !loaded.has(chunkOf(meta, n).key))) break;
    const budget = store.local ? Infinity : round === 0 ? FILES_PER_PAGE : FILES_PER_PAGE * 2;
    const keys = pickChunks(meta, ordered, score, loaded, limit - datedHits, budget);
    await checkFiles(keys, full);
  }
  // With a date range, the records of unknown date are counted even when the dated ones filled the
  // page: they are few (an archive's undated articles are files still waiting for their date), and
  // grouped at the end of each type's files. The browser loads a round's worth of their files at most.
  if (byDate) {
    const waiting = ordered.filter((n) => isUndated(n) && !loaded.has(chunkOf(meta, n).key));
    const keys = [...new Set(waiting.map((n) => chunkOf(meta, n).key))];
    await checkFiles(store.local ? keys : keys.slice(0, FILES_PER_PAGE * 2), () => false);
  }
  const undated = verified.filter((v) => isUndated(v.n)).length;
  const undatedMore = ordered.some((n) => isUndated(n) && !loaded.has(chunkOf(meta, n).key));

  const phrase = words.map((w) => w.match.text).join(" ");
  const ranked = verified.map((v) => ({ n: v.n, title: v.title, text: rankingWindow(v.text, v.textRanges) }));
  const fuse = new Fuse(ranked, {
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
  const undatedLast = (v: Verified): number => (isUndated(v.n) ? 1 : 0);
  verified.sort(
    (a, b) =>
      undatedLast(a) - undatedLast(b) ||
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
    undated,
    undatedMore,
  };
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
