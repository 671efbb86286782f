/** Character shingles and MinHash signatures: the cheap fingerprints statement clustering compares. */

/** Characters per shingle: three Hangul syllables are specific enough, yet a one-word edit touches few. */
export const SHINGLE_SIZE = 3;

/** A 32-bit mix (murmur3's finaliser), so neighbouring inputs give unrelated hashes. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The distinct character shingles of a de-spaced key string (UTF-16 units; Hangul is one unit a
 * syllable), each hashed to 32 bits, sorted ascending. A string shorter than a shingle gives
 * itself as its one shingle.
 */
export function shingles(joined: string): Uint32Array {
  const n = joined.length;
  if (n === 0) return new Uint32Array(0);
  const count = Math.max(1, n - SHINGLE_SIZE + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    let h = 0x9e3779b9;
    for (let k = i; k < Math.min(n, i + SHINGLE_SIZE); k += 1) h = mix(h ^ joined.charCodeAt(k));
    out[i] = h;
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < count; i += 1) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i] as number;
  return out.subarray(0, unique);
}

/** The ascending union of ascending arrays without repeats. */
export function mergeSets(sets: readonly Uint32Array[]): Uint32Array {
  if (sets.length === 1) return sets[0] as Uint32Array;
  const all = new Uint32Array(sets.reduce((n, set) => n + set.length, 0));
  let at = 0;
  for (const set of sets) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i] as number;
  return all.subarray(0, unique);
}

/** How many values two ascending arrays share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Seeds of the MinHash functions: fixed, so signatures (and clusters) never vary between runs. */
const SEEDS = Uint32Array.from({ length: 64 }, (_, i) => mix(0x243f6a88 + i * 0x9e3779b9));

/**
 * A MinHash signature of `count` values (at most 64): for each seeded hash, the least hash of any
 * shingle. Two sets agree at one position with probability equal to their Jaccard similarity.
 */
export function minHash(set: Uint32Array, count: number): Uint32Array {
  const signature = new Uint32Array(count).fill(0xffffffff);
  for (const value of set) {
    for (let k = 0; k < count; k += 1) {
      const h = mix(value ^ (SEEDS[k] as number));
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return signature;
}
