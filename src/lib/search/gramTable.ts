/** Bytes of one block of a slot's encoded postings (see {@link GramTable}). */
const BLOCK = 32;
const COMMA = 44;
/** The base-36 digits (a plain string: this module is bundled, then dropped, with the search page's code). */
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * Postings of grams kept by a pair of integers instead of a string (see gatherPostings.ts): an
 * open-addressing hash table over typed arrays, so that adding one occurrence of a gram makes no
 * string, boxes no number and looks nothing up in a `Map`. Documents must be added in ascending
 * order; a document is posted once per gram however often the gram occurs in it. Each gram's
 * documents are kept as their final text (`encodePostings`: base-36 gaps, comma-separated), in
 * blocks of one shared byte array: no array per gram, nothing for the garbage collector to copy.
 */
export class GramTable {
  /** Slot of each table cell plus one (0: empty). */
  private cells: Int32Array;
  private mask: number;
  private slots = 0;
  /** Each slot's key. */
  private highs: Int32Array;
  private lows: Int32Array;
  /** Each slot's last document, number of documents, first and last block, bytes in its last block, bytes in all. */
  private lasts: Int32Array;
  private counts: Int32Array;
  private heads: Int32Array;
  private tails: Int32Array;
  private fills: Int32Array;
  private lengths: Int32Array;
  /** Blocks of encoded postings, and the block after each (a slot's blocks are chained). */
  private bytes: Uint8Array;
  private nexts: Int32Array;
  private blocks = 0;
  /** Digits of the gap being written, last first. */
  private readonly digits = new Uint8Array(8);

  constructor(capacity = 1 << 12) {
    this.cells = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.highs = new Int32Array(capacity);
    this.lows = new Int32Array(capacity);
    this.lasts = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.tails = new Int32Array(capacity);
    this.fills = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.bytes = new Uint8Array(capacity * BLOCK * 2);
    this.nexts = new Int32Array(capacity * 2);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.slots;
  }

  /** Posts document `doc` to the gram keyed `(high, low)` (both int32). */
  add(high: number, low: number, doc: number): void {
    const cells = this.cells;
    const mask = this.mask;
    for (let i = hash(high, low) & mask; ; i = (i + 1) & mask) {
      const cell = cells[i]!;
      if (cell === 0) {
        this.insert(i, high, low, doc);
        return;
      }
      const slot = cell - 1;
      if (this.lows[slot] === low && this.highs[slot] === high) {
        const last = this.lasts[slot]!;
        if (last !== doc) {
          this.lasts[slot] = doc;
          this.counts[slot] = this.counts[slot]! + 1;
          this.put(slot, COMMA);
          this.putNumber(slot, doc - last);
        }
        return;
      }
    }
  }

  private insert(cell: number, high: number, low: number, doc: number): void {
    const slot = this.slots;
    if (slot === this.highs.length) {
      this.grow();
      this.add(high, low, doc);
      return;
    }
    this.slots += 1;
    this.cells[cell] = slot + 1;
    this.highs[slot] = high;
    this.lows[slot] = low;
    this.lasts[slot] = doc;
    this.counts[slot] = 1;
    const block = this.newBlock();
    this.heads[slot] = block;
    this.tails[slot] = block;
    this.fills[slot] = 0;
    this.lengths[slot] = 0;
    this.putNumber(slot, doc);
  }

  /** Appends a number in base 36 to a slot's text. */
  private putNumber(slot: number, n: number): void {
    let count = 0;
    do {
      this.digits[count] = DIGITS.charCodeAt(n % 36);
      count += 1;
      n = Math.floor(n / 36);
    } while (n > 0);
    while (count > 0) {
      count -= 1;
      this.put(slot, this.digits[count]!);
    }
  }

  /** Appends one byte to a slot's text, chaining a new block when its last is full. */
  private put(slot: number, byte: number): void {
    let fill = this.fills[slot]!;
    let block = this.tails[slot]!;
    if (fill === BLOCK) {
      const next = this.newBlock();
      this.nexts[block] = next;
      this.tails[slot] = next;
      block = next;
      fill = 0;
    }
    this.bytes[block * BLOCK + fill] = byte;
    this.fills[slot] = fill + 1;
    this.lengths[slot] = this.lengths[slot]! + 1;
  }

  private newBlock(): number {
    if (this.blocks === this.nexts.length) {
      const nexts = new Int32Array(this.nexts.length * 2);
      nexts.set(this.nexts);
      this.nexts = nexts;
      const bytes = new Uint8Array(this.bytes.length * 2);
      bytes.set(this.bytes);
      this.bytes = bytes;
    }
    this.blocks += 1;
    return this.blocks - 1;
  }

  /** Doubles the number of slots, placing every key again. */
  private grow(): void {
    const capacity = this.highs.length * 2;
    const grown = (from: Int32Array): Int32Array => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.highs = grown(this.highs);
    this.lows = grown(this.lows);
    this.lasts = grown(this.lasts);
    this.counts = grown(this.counts);
    this.heads = grown(this.heads);
    this.tails = grown(this.tails);
    this.fills = grown(this.fills);
    this.lengths = grown(this.lengths);
    this.cells = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    for (let slot = 0; slot < this.slots; slot += 1) {
      let i = hash(this.highs[slot]!, this.lows[slot]!) & this.mask;
      while (this.cells[i] !== 0) i = (i + 1) & this.mask;
      this.cells[i] = slot + 1;
    }
  }

  /**
   * Calls back with every key, its number of documents and their text as `encodePostings` writes
   * it, in the order the keys were first added.
   */
  forEach(visit: (high: number, low: number, count: number, encoded: string) => void): void {
    const decoder = new TextDecoder();
    let scratch = new Uint8Array(1024);
    for (let slot = 0; slot < this.slots; slot += 1) {
      const length = this.lengths[slot]!;
      if (scratch.length < length) scratch = new Uint8Array(length * 2);
      let at = 0;
      for (let block = this.heads[slot]!; at < length; block = this.nexts[block]!) {
        const take = Math.min(BLOCK, length - at);
        scratch.set(this.bytes.subarray(block * BLOCK, block * BLOCK + take), at);
        at += take;
      }
      visit(this.highs[slot]!, this.lows[slot]!, this.counts[slot]!, decoder.decode(scratch.subarray(0, length)));
    }
  }
}

/** Where a key's search in the table starts. */
function hash(high: number, low: number): number {
  const h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
