/** Character shingles: the cheap fingerprints statement clustering compares. */

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
 * Writes the distinct shingle hashes of the first `n` UTF-16 units in `codes` at `out[at…]`,
 * sorted ascending, and returns how many (see {@link shingles}); `out` must have room for
 * `max(1, n - 2)` values from `at`.
 */
function writeShingles(codes: Uint16Array, n: number, out: Uint32Array, at: number): number {
  if (n === 0) return 0;
  const count = Math.max(1, n - SHINGLE_SIZE + 1);
  for (let i = 0; i < count; i += 1) {
    // Three UTF-16 units, each spread by its own odd multiplier, then mixed once.
    const a = codes[i] as number;
    const b = i + 1 < n ? (codes[i + 1] as number) + 1 : 0;
    const c = i + 2 < n ? (codes[i + 2] as number) + 1 : 0;
    out[at + i] = mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
  }
  sortRun(out, at, at + count);
  let unique = 0;
  for (let i = 0; i < count; i += 1) {
    const value = out[at + i] as number;
    if (i === 0 || value !== out[at + unique - 1]) out[at + unique++] = value;
  }
  return unique;
}

/** Units of a string to shingle, reused (one string at a time). */
let codeBuffer = new Uint16Array(256);

/** Copies `text`'s units into the code buffer, leaving out those `skip` marks; returns how many. */
function codesOf(text: string, skip: Uint8Array | undefined): number {
  if (codeBuffer.length < text.length) codeBuffer = new Uint16Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (skip?.[code] !== 1) codeBuffer[n++] = code;
  }
  return n;
}

/** Sorts `values[start…end)` ascending: by insertion when short (most sentences), else by the built-in sort. */
function sortRun(values: Uint32Array, start: number, end: number): void {
  if (end - start > 48) {
    values.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i += 1) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= start && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j -= 1;
    }
    values[j + 1] = value;
  }
}

/**
 * The distinct character shingles of a de-spaced key string (UTF-16 units; Hangul is one unit a
 * syllable), each hashed to 32 bits, sorted ascending. A string shorter than a shingle gives
 * itself as its one shingle.
 */
export function shingles(joined: string): Uint32Array {
  const n = codesOf(joined, undefined);
  const out = new Uint32Array(Math.max(1, n - SHINGLE_SIZE + 1));
  return out.subarray(0, writeShingles(codeBuffer, n, out, 0));
}

/**
 * Shingle sets of many strings kept end to end in one growing array, each known by its offsets:
 * tens of thousands of sets without an object each.
 */
export class ShingleStore {
  /** Every set's values; a set is `data[start…end)`. */
  data = new Uint32Array(1 << 16);
  /** How much of `data` is used. */
  length = 0;

  /**
   * Adds the shingles of `joined` (see {@link shingles}) without the units `skip` marks (1 at a
   * unit's code); returns where they start (they end at `length`).
   */
  add(joined: string, skip?: Uint8Array): number {
    const n = codesOf(joined, skip);
    const room = Math.max(1, n - SHINGLE_SIZE + 1);
    if (this.length + room > this.data.length) {
      const grown = new Uint32Array(Math.max(this.data.length * 2, this.length + room));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    const start = this.length;
    this.length += writeShingles(codeBuffer, n, this.data, start);
    return start;
  }
}

/** How many values two ascending arrays share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  return sharedCountAt(a, 0, a.length, b, 0, b.length);
}

/** How many values two ascending runs `a[aStart…aEnd)` and `b[bStart…bEnd)` share. */
export function sharedCountAt(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  bStart: number,
  bEnd: number,
): number {
  let i = aStart;
  let j = bStart;
  let shared = 0;
  while (i < aEnd && j < bEnd) {
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
