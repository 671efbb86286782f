import { fnv1a } from "../../src/lib/text/hash.ts";

/** A seeded source of pseudo-random choices. Same seed, same sequence, on every machine. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `n` distinct items of a list (fewer when the list is shorter), in the order drawn. */
  sample<T>(items: readonly T[], n: number): T[];
}

/** mulberry32: a tiny 32-bit PRNG, good enough for synthetic text and fully deterministic. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed for one named stream of a run (`speakers`, `article:42`): FNV-1a over the run's
 * seed and the label, so streams are independent and article `i` never depends on the others.
 */
export function streamSeed(seed: number, label: string): number {
  return fnv1a(`${seed >>> 0}:${label}`);
}

/** An Rng over mulberry32 for one named stream of a seeded run. */
export function createRng(seed: number, label: string): Rng {
  const next = mulberry32(streamSeed(seed, label));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as T;
    },
    sample<T>(items: readonly T[], n: number): T[] {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < n && pool.length > 0) out.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
      return out;
    },
  };
}
