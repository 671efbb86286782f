import type { SearchDoc, SearchType } from "./documents.ts";
import { matchableTitle, SEARCH_TYPES } from "./documents.ts";
import { foldSearchText } from "./fold.ts";
import { bigrams, CHOSEONG_PREFIX, encodePostings, gramHash } from "./grams.ts";
import { toChoseong } from "./hangul.ts";

/** Documents per chunk file, by type: small records share a file, long articles do not. */
export const CHUNK_SIZES: Record<SearchType, number> = { quote: 16, policy: 16, article: 1 };

/** The small file a first query loads before anything else. */
export interface SearchMeta {
  version: 1;
  /** Number of documents. */
  docs: number;
  /** Number of gram shards: a gram's postings are in shard `gramHash(gram) % shards`. */
  shards: number;
  /** Document-number ranges `[start, end)` of each type (documents are grouped by type). */
  ranges: Record<SearchType, [number, number]>;
  /** Grams too common to narrow anything (in more than a third of the documents); not indexed. */
  stop: string[];
  /** Display names for filters. */
  speakers: Record<string, string>;
  topics: Record<string, string>;
}

/** Per-document attributes for filters, loaded only when a filter is used: speakers, topics, date. */
export type SearchAttrs = [speakers: number[], topics: number[], date: string | null][];

/** Everything the index consists of, each part a JSON-serialisable value. */
export interface SearchIndex {
  meta: SearchMeta;
  /** Shard number → gram → encoded postings. */
  shards: Record<string, string>[];
  /** Chunk files: `"<type>-<n>"` → its documents. */
  chunks: Record<string, SearchDoc[]>;
  attrs: { speakers: string[]; topics: string[]; docs: SearchAttrs };
}

/** The chunk file holding document number `n`. */
export function chunkOf(meta: Pick<SearchMeta, "ranges">, n: number): { key: string; offset: number } {
  for (const type of SEARCH_TYPES) {
    const [start, end] = meta.ranges[type];
    if (n >= start && n < end) {
      const index = Math.floor((n - start) / CHUNK_SIZES[type]);
      return { key: `${type}-${index}`, offset: (n - start) % CHUNK_SIZES[type] };
    }
  }
  throw new RangeError(`no document ${n}`);
}

/** The grams a document is found by: bigrams of its folded title and text, and 초성 bigrams of its short fields. */
export function documentGrams(doc: SearchDoc): Set<string> {
  const title = matchableTitle(doc);
  const grams = bigrams(foldSearchText(`${title}\n${doc.text}`));
  const short = doc.type === "article" ? title : `${title}\n${doc.text}`;
  for (const gram of bigrams(toChoseong(foldSearchText(short)), CHOSEONG_PREFIX)) grams.add(gram);
  return grams;
}

/**
 * Builds the sharded search index from documents grouped by type. Shards are sized so that one
 * holds about `shardBytes` of postings, so a query loads a few small files, never the whole index.
 */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  names: { speakers: Record<string, string>; topics: Record<string, string> },
  shardBytes = 12_000,
): SearchIndex {
  const ranges = {} as Record<SearchType, [number, number]>;
  for (const type of SEARCH_TYPES) {
    const start = docs.findIndex((d) => d.type === type);
    const count = docs.filter((d) => d.type === type).length;
    ranges[type] = start < 0 ? [docs.length, docs.length] : [start, start + count];
  }
  const postings = new Map<string, number[]>();
  docs.forEach((doc, n) => {
    for (const gram of documentGrams(doc)) {
      const list = postings.get(gram);
      if (list) list.push(n);
      else postings.set(gram, [n]);
    }
  });
  const stopAt = docs.length >= 300 ? docs.length / 3 : Infinity;
  const stop = [...postings]
    .filter(([, list]) => list.length > stopAt)
    .map(([gram]) => gram)
    .sort();
  for (const gram of stop) postings.delete(gram);
  const encoded = [...postings].map(([gram, list]) => [gram, encodePostings(list)] as const);
  const totalBytes = encoded.reduce((sum, [gram, list]) => sum + gram.length + list.length + 6, 0);
  const shardCount = 2 ** Math.max(2, Math.min(14, Math.ceil(Math.log2(Math.max(1, totalBytes / shardBytes)))));
  const shards: Record<string, string>[] = Array.from({ length: shardCount }, () => ({}));
  for (const [gram, list] of encoded.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const shard = shards[gramHash(gram) % shardCount];
    if (shard) shard[gram] = list;
  }
  const chunks: Record<string, SearchDoc[]> = {};
  docs.forEach((doc, n) => {
    const { key } = chunkOf({ ranges }, n);
    (chunks[key] ??= []).push(doc);
  });
  const speakerIds = Object.keys(names.speakers);
  const topicIds = Object.keys(names.topics);
  return {
    meta: {
      version: 1,
      docs: docs.length,
      shards: shardCount,
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
        d.date,
      ]),
    },
  };
}
