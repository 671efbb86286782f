import type { SearchDoc, SearchType } from "./documents.ts";
import { SEARCH_TYPES } from "./documents.ts";
import { filterDateOf, type FilterDate } from "./dateRange.ts";
import { gatherPostings } from "./gatherPostings.ts";
import { CHOSEONG_PREFIX, gramHash } from "./grams.ts";

/**
 * Documents per chunk file, by type. A search waits on the number of files it loads far more than
 * on their size (in headless Chromium, a request of tens of kilobytes takes no longer than one of
 * two), so files are large, and the candidates of a query share files more often. Articles are
 * long, so fewer share one.
 */
export const CHUNK_SIZES: Record<SearchType, number> = { quote: 256, policy: 256, article: 8 };

/** The small file a first query loads before anything else. */
export interface SearchMeta {
  version: 2;
  /** Number of documents. */
  docs: number;
  /** Number of shards of text grams: such a gram's postings are in shard `gramHash(gram) % shards`. */
  shards: number;
  /** Number of shards of 초성 grams, numbered after the text grams' (see `shardOf`). */
  choseongShards: number;
  /** Documents per chunk file, by type. */
  chunkSizes: Record<SearchType, number>;
  /** Document-number ranges `[start, end)` of each type (documents are grouped by type). */
  ranges: Record<SearchType, [number, number]>;
  /** Grams too common to narrow anything (in more than a third of the documents); not indexed. */
  stop: string[];
  /** Display names for filters. */
  speakers: Record<string, string>;
  topics: Record<string, string>;
}

/**
 * Per-document attributes for filters, loaded only when a filter is used: speakers, topics, and the
 * date filtered on (`YYYY-MM-DD`, or `YYYY` when only the year is known, or null: see dateRange.ts).
 */
export type SearchAttrs = [speakers: number[], topics: number[], date: FilterDate][];

/**
 * What the index's files do not say but patching it needs (src/lib/search/patchIndex.ts): how many
 * documents have each stop gram, and the postings' sizes the shard counts were chosen by. Kept by
 * the build beside the site, never written into it.
 */
export interface IndexTally {
  /** Each gram of `meta.stop` and the number of documents that have it. */
  stop: Record<string, number>;
  /** The sizes of the text grams' and the 초성 grams' postings, as {@link shardCountFor} weighs them. */
  bytes: { text: number; choseong: number };
}

/** Everything the index consists of, each part a JSON-serialisable value. */
export interface SearchIndex {
  /** What patching the index needs besides its files (not one of them). */
  tally: IndexTally;
  meta: SearchMeta;
  /** Shard number → gram → encoded postings. */
  shards: Record<string, string>[];
  /** Chunk files: `"<type>-<n>"` → its documents. */
  chunks: Record<string, SearchDoc[]>;
  attrs: { speakers: string[]; topics: string[]; docs: SearchAttrs };
}

/** The chunk file holding document number `n`. */
export function chunkOf(meta: Pick<SearchMeta, "ranges" | "chunkSizes">, n: number): { key: string; offset: number } {
  for (const type of SEARCH_TYPES) {
    const [start, end] = meta.ranges[type];
    if (n >= start && n < end) {
      const size = meta.chunkSizes[type];
      return { key: `${type}-${Math.floor((n - start) / size)}`, offset: (n - start) % size };
    }
  }
  throw new RangeError(`no document ${n}`);
}

/** The shard holding a gram's postings: 초성 grams have shards of their own, so text queries never load them. */
export function shardOf(meta: Pick<SearchMeta, "shards" | "choseongShards">, gram: string): number {
  return gram.startsWith(CHOSEONG_PREFIX)
    ? meta.shards + (gramHash(gram) % meta.choseongShards)
    : gramHash(gram) % meta.shards;
}

/** What one gram's postings weigh in choosing the number of shards. */
export const postingsWeight = (gram: string, encoded: string): number => gram.length + encoded.length + 6;

/** The postings of an index hold about this many bytes per shard (see {@link buildSearchIndex}). */
export const SHARD_BYTES = 6_000;

/** The number of documents a gram must be in more than to be a stop gram (not indexed): a third of them, from 300. */
export const stopThreshold = (docs: number): number => (docs >= 300 ? docs / 3 : Infinity);

/** How many shards postings of a total size need so that one holds about `shardBytes`: a power of two, 4 to 16,384. */
export function shardCountFor(totalBytes: number, shardBytes: number): number {
  return 2 ** Math.max(2, Math.min(14, Math.ceil(Math.log2(Math.max(1, totalBytes / shardBytes)))));
}

/**
 * Builds the sharded search index from documents grouped by type. Shards are sized so that one
 * holds about `shardBytes` of postings, so a query loads a few small files, never the whole index.
 */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  names: { speakers: Record<string, string>; topics: Record<string, string> },
  shardBytes = SHARD_BYTES,
): SearchIndex {
  const ranges = {} as Record<SearchType, [number, number]>;
  for (const type of SEARCH_TYPES) {
    const start = docs.findIndex((d) => d.type === type);
    const count = docs.filter((d) => d.type === type).length;
    ranges[type] = start < 0 ? [docs.length, docs.length] : [start, start + count];
  }
  const postings = gatherPostings(docs);
  const stopAt = stopThreshold(docs.length);
  const stop = [...postings]
    .filter(([, { count }]) => count > stopAt)
    .map(([gram]) => gram)
    .sort();
  const stopCounts: Record<string, number> = {};
  for (const gram of stop) {
    stopCounts[gram] = postings.get(gram)?.count ?? 0;
    postings.delete(gram);
  }
  const encoded = [...postings].map(([gram, { encoded }]) => [gram, encoded] as const);
  postings.clear();
  const bytes = (kind: boolean): number =>
    encoded
      .filter(([gram]) => gram.startsWith(CHOSEONG_PREFIX) === kind)
      .reduce((sum, [gram, list]) => sum + postingsWeight(gram, list), 0);
  const weights = { text: bytes(false), choseong: bytes(true) };
  const counts = {
    shards: shardCountFor(weights.text, shardBytes),
    choseongShards: shardCountFor(weights.choseong, shardBytes),
  };
  const shards: Record<string, string>[] = Array.from({ length: counts.shards + counts.choseongShards }, () => ({}));
  for (const [gram, list] of encoded.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const shard = shards[shardOf(counts, gram)];
    if (shard) shard[gram] = list;
  }
  const chunks: Record<string, SearchDoc[]> = {};
  docs.forEach((doc, n) => {
    const { key } = chunkOf({ ranges, chunkSizes: CHUNK_SIZES }, n);
    (chunks[key] ??= []).push(doc);
  });
  const speakerIds = Object.keys(names.speakers);
  const topicIds = Object.keys(names.topics);
  return {
    tally: { stop: stopCounts, bytes: weights },
    meta: {
      version: 2,
      docs: docs.length,
      ...counts,
      chunkSizes: CHUNK_SIZES,
      ranges,
      stop,
      speakers: names.speakers,
      topics: names.topics,
    },
    shards,
    chunks,
    attrs: {
      speakers: speakerIds,
      topics: topicIds,
      docs: docs.map((d) => [
        d.speakers.map((s) => speakerIds.indexOf(s)).filter((i) => i >= 0),
        d.topics.map((t) => topicIds.indexOf(t)).filter((i) => i >= 0),
        filterDateOf(d.date, d.year),
      ]),
    },
  };
}
