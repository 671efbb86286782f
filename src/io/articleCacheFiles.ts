// The article cache's files on disk (src/io/articleCache.ts): the main file of parsed units and the
// small delta written beside it after an edit, each a checked file (src/io/checkedFile.ts) of V8's
// serialization, read whole or not at all.
import path from "node:path";
import { serialize } from "node:v8";
import { readCheckedFile, writeCheckedFile } from "./checkedFile.ts";
import type { PackedUnit } from "./packedUnit.ts";
import { deserializeOwn, releaseBuffer } from "./releaseBuffer.ts";

export const FILE_NAME = "article-units.v8";
/**
 * The units parsed since the main file was written, and the file they add to: an edit rewrites
 * this small file instead of the whole cache (about 90 MB for 10,000 articles).
 */
export const DELTA_NAME = "article-units.delta.v8";
/** Told apart from the parser's version: a cache of another layout is never read as this one. */
export const LAYOUT = "packed-3";

/** A unit as stored: packed, with its digest (src/io/unitDigest.ts). */
export type StoredUnit = PackedUnit & { digest: string };

export interface Stored {
  version: string;
  units: Map<string, StoredUnit>;
}

/** The delta file: the units not in the main file, and the SHA-256 of the main file it was written beside. */
export interface StoredDelta extends Stored {
  base: string;
}

/** A checked file's payload deserialized as `T`: undefined when missing or unreadable, `"damaged"` when its check failed. */
function readStoredFile<T>(file: string): { stored: T; hash: string } | "damaged" | undefined {
  const read = readCheckedFile(file);
  if ("missing" in read) return undefined;
  if ("damaged" in read) return "damaged";
  try {
    // Its packed units hold typed arrays: copies, so that the file's bytes may go.
    return { stored: deserializeOwn(read.payload) as T, hash: read.hash };
  } catch {
    // Written by another Node version: as good as none.
    return undefined;
  } finally {
    // Nothing read holds the file's bytes (about 90 MB for 10,000 articles): they may go at once.
    void releaseBuffer(read.payload);
  }
}

/** The cache as read: the main file's units and hash (when there is one of this version), and the delta's units. */
export interface ReadCache {
  base: Map<string, StoredUnit>;
  baseHash: string | undefined;
  delta: Map<string, StoredUnit>;
  damaged: boolean;
}

export const EMPTY: ReadCache = { base: new Map(), baseHash: undefined, delta: new Map(), damaged: false };

/**
 * Reads the main file and its delta. A delta written beside another main file (a save that
 * rewrote the main file and was stopped before removing the delta) is ignored; a damaged file of
 * either kind makes the whole cache ignored, and said so.
 */
export function readStored(dir: string, version: string): ReadCache {
  const main = readStoredFile<Stored>(path.join(dir, FILE_NAME));
  const delta = readStoredFile<StoredDelta>(path.join(dir, DELTA_NAME));
  if (main === "damaged" || delta === "damaged") return { ...EMPTY, damaged: true };
  if (!main || main.stored.version !== version) return EMPTY;
  const matches = delta !== undefined && delta.stored.version === version && delta.stored.base === main.hash;
  return {
    base: main.stored.units,
    baseHash: main.hash,
    delta: matches ? delta.stored.units : new Map(),
    damaged: false,
  };
}

/** Writes one of the cache's files, letting its serialized bytes go at once. */
export function writeStored(file: string, stored: Stored): void {
  const payload = serialize(stored);
  try {
    writeCheckedFile(file, payload);
  } finally {
    void releaseBuffer(payload);
  }
}
