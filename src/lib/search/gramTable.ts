/**
 * Postings of grams kept by a pair of integers instead of a string (see gatherPostings.ts): an
 * open-addressing hash table over typed arrays, so that adding one occurrence of a gram makes no
 * string, boxes no number and looks nothing up in a `Map`. Documents must be added in ascending
 * order; a document is posted once per gram however often the gram occurs in it.
 */
export class GramTable {
  /** Slot of each table cell plus one (0: empty). */
  private cells: Int32Array;
  private mask: number;
  /** Each slot's key. */
  private highs: Int32Array;
  private lows: Int32Array;
  /** The last document posted to each slot. */
  private lasts: Int32Array;
  /** Each slot's documents, ascending. */
  private lists: number[][] = [];

  constructor(capacity = 1 << 12) {
    this.cells = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.highs = new Int32Array(capacity);
    this.lows = new Int32Array(capacity);
    this.lasts = new Int32Array(capacity);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.lists.length;
  }

  /** Posts document `doc` to the gram keyed `(high, low)` (both int32). */
  add(high: number, low: number, doc: number): void {
    const cells = this.cells;
    const mask = this.mask;
    let h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const cell = cells[i]!;
      if (cell === 0) {
        this.insert(i, high, low, doc);
        return;
      }
      const slot = cell - 1;
      if (this.lows[slot] === low && this.highs[slot] === high) {
        if (this.lasts[slot] !== doc) {
          this.lasts[slot] = doc;
          this.lists[slot]!.push(doc);
        }
        return;
      }
    }
  }

  private insert(cell: number, high: number, low: number, doc: number): void {
    const slot = this.lists.length;
    if (slot === this.highs.length) {
      this.grow();
      this.add(high, low, doc);
      return;
    }
    this.cells[cell] = slot + 1;
    this.highs[slot] = high;
    this.lows[slot] = low;
    this.lasts[slot] = doc;
    this.lists.push([doc]);
  }

  /** Doubles the capacity, placing every key again. */
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
    this.cells = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    for (let slot = 0; slot < this.lists.length; slot += 1) {
      let h = Math.imul(this.highs[slot]! ^ Math.imul(this.lows[slot]!, 0x9e3779b1), 0x85ebca6b);
      h ^= h >>> 15;
      let i = h & this.mask;
      while (this.cells[i] !== 0) i = (i + 1) & this.mask;
      this.cells[i] = slot + 1;
    }
  }

  /** Calls back with every key and its documents, in the order the keys were first added. */
  forEach(visit: (high: number, low: number, docs: number[]) => void): void {
    this.lists.forEach((docs, slot) => visit(this.highs[slot]!, this.lows[slot]!, docs));
  }
}
