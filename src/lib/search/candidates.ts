// Which documents a query's grams point at, in what order, and which record files to load for them.
import { chunkOf, type SearchMeta } from "./buildIndex.ts";
import type { SearchType } from "./documents.ts";
import type { Word } from "./queryWords.ts";

/**
 * Scores documents by the query's grams: how many of each word's grams a document holds, summed; a
 * document lacking more of a word's grams than its slack is out (score -1). Null when no word has a
 * gram to narrow by.
 */
export function scoreDocuments(
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
export function orderCandidates(score: Int16Array, keep: (n: number) => boolean): number[] {
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
export function pickChunks(
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
 * How many records match, estimated: the hits found, plus the candidates left unchecked at each
 * score times the share of hits among those checked at that score (scores never checked count
 * nothing: the best ones are checked first, and lower ones rarely match).
 */
export function estimateTotal(
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
export function firstOfChunk(meta: SearchMeta, key: string): number {
  const dash = key.lastIndexOf("-");
  const type = key.slice(0, dash) as SearchType;
  return meta.ranges[type][0] + Number(key.slice(dash + 1)) * meta.chunkSizes[type];
}
