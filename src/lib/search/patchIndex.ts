// A built search index changed for one document whose text changed and nothing else (an edit to an
// article's body), without building it again: only the postings of the grams the document gained
// or lost, and the document's chunk, are touched. The result is the index a full build makes of the
// same documents, file for file; when that cannot be had by a patch (a gram would leave the stop
// list, whose postings the index does not hold, or the shard counts would change), it says why.
import {
  chunkOf,
  postingsWeight,
  SHARD_BYTES,
  shardCountFor,
  shardOf,
  stopThreshold,
  type IndexTally,
  type SearchMeta,
} from "./buildIndex.ts";
import type { SearchDoc } from "./documents.ts";
import { gatherPostings } from "./gatherPostings.ts";
import { CHOSEONG_PREFIX, decodePostings, encodePostings } from "./grams.ts";
import { indexFiles } from "./store.ts";

/** What a patch reads of the index: its meta, its tally, and its shard and chunk files when asked (parsed). */
export interface PatchableIndex {
  meta: SearchMeta;
  tally: IndexTally;
  shard(n: number): Record<string, string>;
  chunk(key: string): SearchDoc[];
}

/** A patch: the index's files it changes (`path → JSON text`, as eachIndexFile writes them) and its new tally. */
export type IndexPatch = { files: Map<string, string>; tally: IndexTally } | { cannot: string };

/** Code-unit order, as the index builder sorts grams. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The grams a document is found by (as the index builder posts them). */
const gramsOf = (doc: SearchDoc): Set<string> => new Set(gatherPostings([doc]).keys());

/** A shard as the builder writes it: its grams inserted in code-unit order. */
function sortedShard(shard: Record<string, string>): Record<string, string> {
  const sorted: Record<string, string> = {};
  for (const gram of Object.keys(shard).sort(byCodeUnits)) sorted[gram] = shard[gram] ?? "";
  return sorted;
}

/** True when two documents differ in their text alone. */
function onlyTextDiffers(a: SearchDoc, b: SearchDoc): boolean {
  return JSON.stringify({ ...a, text: "" }) === JSON.stringify({ ...b, text: "" });
}

/**
 * Patches `index` for its document number `n`, now reading as `doc` does: its text changed, nothing
 * else. Returns the changed files and tally, or why the index must be built again.
 */
export function patchDocumentText(index: PatchableIndex, n: number, doc: SearchDoc): IndexPatch {
  const { meta } = index;
  const [start, end] = meta.ranges[doc.type];
  if (n < start || n >= end) return { cannot: `document ${n} is not a ${doc.type}` };
  const { key, offset } = chunkOf(meta, n);
  const chunk = [...index.chunk(key)];
  const before = chunk[offset];
  if (before?.id !== doc.id) return { cannot: `document ${n} of the search index is not ${doc.id}` };
  if (!onlyTextDiffers(before, doc)) return { cannot: `more than the text of ${doc.id} changed` };
  const had = gramsOf(before);
  const has = gramsOf(doc);
  const stopAt = stopThreshold(meta.docs);
  const stop = { ...index.tally.stop };
  const bytes = { ...index.tally.bytes };
  const shards = new Map<number, Record<string, string>>();
  let stopChanged = false;
  const change = (gram: string, added: boolean): string | undefined => {
    const stopCount = stop[gram];
    if (stopCount !== undefined) {
      const count = stopCount + (added ? 1 : -1);
      if (count <= stopAt) return `“${gram}” would no longer be a stop gram`;
      stop[gram] = count;
      return undefined;
    }
    const number = shardOf(meta, gram);
    const shard = shards.get(number) ?? { ...index.shard(number) };
    shards.set(number, shard);
    const encoded = shard[gram];
    const list = encoded === undefined ? [] : decodePostings(encoded);
    const at = list.indexOf(n);
    if (added === at >= 0) return `the postings of “${gram}” are out of step with document ${n}`;
    if (added) {
      list.push(n);
      list.sort((a, b) => a - b);
    } else list.splice(at, 1);
    const kind = gram.startsWith(CHOSEONG_PREFIX) ? "choseong" : "text";
    if (encoded !== undefined) bytes[kind] -= postingsWeight(gram, encoded);
    delete shard[gram];
    if (list.length > stopAt) {
      stop[gram] = list.length;
      stopChanged = true;
    } else if (list.length > 0) {
      const next = encodePostings(list);
      shard[gram] = next;
      bytes[kind] += postingsWeight(gram, next);
    }
    return undefined;
  };
  for (const gram of had) {
    const problem = has.has(gram) ? undefined : change(gram, false);
    if (problem) return { cannot: problem };
  }
  for (const gram of has) {
    const problem = had.has(gram) ? undefined : change(gram, true);
    if (problem) return { cannot: problem };
  }
  if (
    shardCountFor(bytes.text, SHARD_BYTES) !== meta.shards ||
    shardCountFor(bytes.choseong, SHARD_BYTES) !== meta.choseongShards
  )
    return { cannot: "the index would be sharded anew" };
  chunk[offset] = doc;
  const files = new Map<string, string>();
  if (stopChanged) files.set(indexFiles.meta, JSON.stringify({ ...meta, stop: Object.keys(stop).sort() }));
  for (const [number, shard] of shards) files.set(indexFiles.shard(number), JSON.stringify(sortedShard(shard)));
  files.set(indexFiles.chunk(key), JSON.stringify(chunk));
  return { files, tally: { stop, bytes } };
}
