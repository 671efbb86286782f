import Fuse from "fuse.js";
import { matchableTitle, SEARCH_TYPES, type SearchDoc, type SearchType } from "./documents.ts";
import { chunkOf, type SearchMeta } from "./buildIndex.ts";
import { foldSearchText } from "./fold.ts";
import { bigrams, CHOSEONG_PREFIX, decodePostings, gramHash } from "./grams.ts";
import { isChoseongQuery, toChoseong } from "./hangul.ts";
import { matchWord, queryWord, type QueryWord, type Range } from "./match.ts";
import { stripParticle } from "./particles.ts";
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

/** How many candidate records one search loads and checks at most, best-narrowed first. */
const MAX_CHECKED = 60;
/** The smallest batch of candidates loaded at once. */
const MIN_BATCH = 10;

interface Word {
  match: QueryWord;
  /** Grams that narrow the candidates (common ones excluded). */
  grams: string[];
}

function wordsOf(q: string, stop: ReadonlySet<string>): { words: Word[]; choseong: boolean } {
  const folded = foldSearchText(q).replace(/"/gu, " ").trim();
  const choseong = isChoseongQuery(folded);
  const texts = choseong ? [folded.replace(/\s+/gu, "")] : folded.split(/\s+/u).filter(Boolean).map(stripParticle);
  const words = texts.map((text): Word => {
    const match = choseong ? { text, completion: null, fuzzy: false } : queryWord(text);
    const all = [...bigrams(text, choseong ? CHOSEONG_PREFIX : "")];
    // A half-typed last syllable may not match yet: its gram narrows nothing.
    const required = match.completion && all.length > 1 ? all.slice(0, -1) : all;
    return { match, grams: required.filter((g) => !stop.has(g)) };
  });
  return { words, choseong };
}

function rangesIn(text: string, words: readonly Word[], choseong: boolean): Range[] | null {
  const haystack = choseong ? toChoseong(text) : text;
  const all: Range[] = [];
  for (const word of words) {
    const ranges = matchWord(haystack, word.match);
    if (ranges.length === 0) return null;
    all.push(...ranges);
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

/** Loads the records of some candidates (their chunk files, once each) and keeps those holding every word. */
async function verify(
  store: SearchStore,
  meta: SearchMeta,
  numbers: readonly number[],
  words: readonly Word[],
  choseong: boolean,
): Promise<Verified[]> {
  const locations = numbers.map((n) => ({ n, ...chunkOf(meta, n) }));
  const keys = [...new Set(locations.map((l) => l.key))];
  const chunks = new Map(await Promise.all(keys.map(async (key) => [key, await store.chunk(key)] as const)));
  return locations.flatMap(({ n, key, offset }): Verified[] => {
    const doc = chunks.get(key)?.[offset];
    if (!doc) return [];
    const title = foldSearchText(matchableTitle(doc));
    const text = foldSearchText(doc.text);
    if (!rangesIn(`${title}\n${text}`, words, choseong)) return [];
    return [
      {
        n,
        doc,
        title,
        text,
        titleRanges: rangesIn(title, words, choseong) ?? [],
        textRanges: rangesIn(text, words, choseong) ?? [],
      },
    ];
  });
}

/**
 * Runs a search against an index store: narrows candidates with the gram index (allowing for one
 * typo and a half-typed last syllable), applies filters, loads only the best candidates' records,
 * checks every word really occurs, and ranks the survivors with fuse.js (exact phrase first).
 */
export async function runSearch(store: SearchStore, query: SearchQuery): Promise<SearchResult> {
  const limit = query.limit ?? 20;
  const meta = await store.meta();
  const { words, choseong } = wordsOf(query.q, new Set(meta.stop));
  const empty: SearchResult = { hits: [], total: 0, more: false, notice: null };
  if (words.length === 0) return empty;
  if (words.every((w) => [...w.match.text].length < 2)) return { ...empty, notice: "too-short" };

  const grams = [...new Set(words.flatMap((w) => w.grams))];
  const shardNumbers = [...new Set(grams.map((g) => gramHash(g) % meta.shards))];
  const shards = new Map(await Promise.all(shardNumbers.map(async (n) => [n, await store.shard(n)] as const)));
  const postings = new Map(grams.map((g) => [g, decodePostings(shards.get(gramHash(g) % meta.shards)?.[g] ?? "")]));

  let candidates: Map<number, number> | null = null;
  for (const word of words) {
    if (word.grams.length === 0) continue;
    const counts = new Map<number, number>();
    for (const gram of word.grams) for (const n of postings.get(gram) ?? []) counts.set(n, (counts.get(n) ?? 0) + 1);
    const needed = Math.max(1, word.grams.length - 2);
    const next = new Map<number, number>();
    for (const [n, hits] of counts) {
      if (hits < needed) continue;
      if (candidates === null) next.set(n, hits);
      else if (candidates.has(n)) next.set(n, (candidates.get(n) ?? 0) + hits);
    }
    candidates = next;
  }
  if (candidates === null) candidates = new Map(Array.from({ length: Math.min(meta.docs, 2000) }, (_, n) => [n, 0]));

  const types = query.types && query.types.length > 0 ? query.types : SEARCH_TYPES;
  const inTypes = (n: number): boolean => types.some((t) => n >= meta.ranges[t][0] && n < meta.ranges[t][1]);
  let numbers = [...candidates.keys()].filter(inTypes);
  if (query.speaker || query.topic || query.from || query.to) {
    const attrs = await store.attrs();
    const speaker = query.speaker ? attrs.speakers.indexOf(query.speaker) : -1;
    const topic = query.topic ? attrs.topics.indexOf(query.topic) : -1;
    numbers = numbers.filter((n) => {
      const [speakers, topics, date] = attrs.docs[n] ?? [[], [], null];
      if (query.speaker && !speakers.includes(speaker)) return false;
      if (query.topic && !topics.includes(topic)) return false;
      if ((query.from || query.to) && date === null) return false;
      if (query.from && date !== null && date < query.from) return false;
      if (query.to && date !== null && date > query.to) return false;
      return true;
    });
  }
  // Best-narrowed first (most grams matched; among equals, short records before articles), then
  // records are loaded and checked a batch at a time until there are enough hits: a first query
  // fetches a handful of small files, not every candidate.
  const rank = (n: number): number => SEARCH_TYPES.findIndex((t) => n >= meta.ranges[t][0] && n < meta.ranges[t][1]);
  const ordered = numbers.sort(
    (a, b) => (candidates.get(b) ?? 0) - (candidates.get(a) ?? 0) || rank(a) - rank(b) || a - b,
  );
  const verified: Verified[] = [];
  let checked = 0;
  while (checked < ordered.length && checked < MAX_CHECKED && verified.length < limit) {
    const batch = ordered.slice(checked, checked + Math.max(limit - verified.length, MIN_BATCH));
    checked += batch.length;
    verified.push(...(await verify(store, meta, batch, words, choseong)));
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
  const exact = (v: Verified): number => (v.text.includes(phrase) ? 0 : v.title.includes(phrase) ? 1 : 2);
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
    total: exhausted ? verified.length : Math.max(verified.length, ordered.length - (checked - verified.length)),
    more: !exhausted,
    notice: null,
  };
}
