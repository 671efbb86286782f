import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { serialize } from "node:v8";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit, ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import { readCheckedFile, writeCheckedFile } from "./checkedFile.ts";
import { packUnit, unpackUnit, type PackedUnit } from "./packedUnit.ts";
import { deserializeOwn, releaseBuffer } from "./releaseBuffer.ts";
import { unitDigest } from "./unitDigest.ts";

const FILE_NAME = "article-units.v8";
/**
 * The units parsed since the main file was written, and the file they add to: an edit rewrites
 * this small file instead of the whole cache (about 90 MB for 10,000 articles).
 */
const DELTA_NAME = "article-units.delta.v8";
/** Told apart from the parser's version: a cache of another layout is never read as this one. */
const LAYOUT = "packed-3";

/** A unit as stored: packed, with its digest (src/io/unitDigest.ts). */
type StoredUnit = PackedUnit & { digest: string };

interface Stored {
  version: string;
  units: Map<string, StoredUnit>;
}

/** The delta file: the units not in the main file, and the SHA-256 of the main file it was written beside. */
interface StoredDelta extends Stored {
  base: string;
}

/**
 * How many units may differ from the main file (new in the delta, or in the main file but no
 * longer used) before a save writes the whole cache again: a few percent of it, so the delta stays
 * small and the unused units read with the main file stay few.
 */
export function deltaLimit(units: number): number {
  return Math.max(16, Math.floor(units / 20));
}

/** A unit the cache keeps: as read from the file (packed), or parsed by this build with its file's text. */
type Kept = StoredUnit | { fresh: ArticleUnit; text: string; digest: string };

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
interface ReadCache {
  base: Map<string, StoredUnit>;
  baseHash: string | undefined;
  delta: Map<string, StoredUnit>;
  damaged: boolean;
}

const EMPTY: ReadCache = { base: new Map(), baseHash: undefined, delta: new Map(), damaged: false };

/**
 * Reads the main file and its delta. A delta written beside another main file (a save that
 * rewrote the main file and was stopped before removing the delta) is ignored; a damaged file of
 * either kind makes the whole cache ignored, and said so.
 */
function readStored(dir: string, version: string): ReadCache {
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

/** What one build's use of the cache came to. */
export interface ArticleCacheStats {
  /** Articles taken from the cache. */
  hits: number;
  /** Articles parsed afresh. */
  misses: number;
  /** True when the cache file failed its integrity check and was ignored. */
  damaged: boolean;
}

/** An article cache backed by one file, with what it did for the build that used it. */
export interface ArticleCacheFile {
  cache: ArticleUnitCache;
  /** What the cache did for this build. */
  stats(): ArticleCacheStats;
  /**
   * A digest of what `files` (every article of the archive, in order) give the site's data: the
   * registries, each file's path and its unit's digest (src/io/unitDigest.ts), bodies left out.
   * Undefined when a file has no unit in the cache (it had errors).
   */
  sourcesDigest(files: readonly SourceFile[]): string | undefined;
  /** Each file's unit digest (src/io/unitDigest.ts), by its path; undefined when a file has no unit in the cache. */
  unitDigests(files: readonly SourceFile[]): Record<string, string> | undefined;
  /**
   * Writes back the units this build used (dropping the rest), when anything changed. The cache is
   * an optimisation: a failure to write it (a full disk, no permission) is returned as a warning
   * for the log, never thrown.
   */
  save(): string | undefined;
}

/**
 * Opens the article cache in `dir`. A unit is found again only for a file with the same path and
 * text, the same two registries (`registries`: their texts) and the same parser code (`version`).
 * Each file carries a SHA-256 of its contents, checked on reading: a damaged cache is ignored (every
 * article parsed afresh) and said so in `stats`. Units are stored packed (see packedUnit.ts): their
 * texts found in the article's file are sliced from it again. A save after a few edits writes only
 * a small delta file beside the main one (see {@link deltaLimit}). With `read: false` (`npm run build -- --full`) the
 * old cache is not even read; the new one is still written whole.
 */
export function openArticleCache(
  dir: string,
  version: string,
  registries: readonly string[],
  options: { read?: boolean } = {},
): ArticleCacheFile {
  const layoutVersion = `${LAYOUT}:${version}`;
  const read = options.read === false ? EMPTY : readStored(dir, layoutVersion);
  const { damaged } = read;
  const mainUnits = read.base;
  const previous = new Map([...read.base, ...read.delta]);
  const used = new Map<string, Kept>();
  // Units handed out, by key: a file asked for twice (the parse threads, then buildArchive) is unpacked once.
  const given = new Map<string, ArticleUnit>();
  const base = createHash("sha256");
  for (const text of registries) base.update(text).update("\0");
  // Each file's key, made once however often it is asked for (the same text, the same key).
  const keys = new WeakMap<SourceFile, { path: string; text: string; key: string }>();
  const keyOf = (source: SourceFile): string => {
    const known = keys.get(source);
    if (known && known.path === source.path && known.text === source.text) return known.key;
    const key = base.copy().update(source.path).update("\0").update(source.text).digest("base64");
    keys.set(source, { path: source.path, text: source.text, key });
    return key;
  };
  // Files asked for, by key: found in the previous build's cache or not (asking twice counts once).
  const asked = new Map<string, boolean>();
  const unitDigests = (files: readonly SourceFile[]): Record<string, string> | undefined => {
    const digests: Record<string, string> = {};
    for (const file of files) {
      const digest = used.get(keyOf(file))?.digest;
      if (digest === undefined) return undefined;
      digests[file.path] = digest;
    }
    return digests;
  };
  return {
    cache: {
      get(source) {
        const key = keyOf(source);
        if (!asked.has(key)) asked.set(key, previous.has(key));
        const unit = given.get(key);
        if (unit) return unit;
        const packed = previous.get(key);
        if (!packed) return undefined;
        const unpacked = unpackUnit(packed, source.text);
        used.set(key, packed);
        given.set(key, unpacked);
        return unpacked;
      },
      set(source, unit) {
        const key = keyOf(source);
        used.set(key, { fresh: unit, text: source.text, digest: unitDigest(unit) });
        given.set(key, unit);
      },
    },
    sourcesDigest: (files) => {
      const digests = unitDigests(files);
      if (!digests) return undefined;
      const hash = base.copy();
      for (const [file, digest] of Object.entries(digests)) hash.update(file).update("\0").update(digest).update("\0");
      return hash.digest("hex");
    },
    unitDigests,
    stats: () => {
      const hits = [...asked.values()].filter(Boolean).length;
      return { hits, misses: asked.size - hits, damaged };
    },
    save() {
      const changed =
        options.read === false || used.size !== previous.size || [...used.keys()].some((key) => !previous.has(key));
      if (!changed) return undefined;
      const packed = (keys: Iterable<string>): Map<string, StoredUnit> => {
        const units = new Map<string, StoredUnit>();
        for (const key of keys) {
          const kept = used.get(key)!;
          units.set(key, "fresh" in kept ? { ...packUnit(kept.fresh, kept.text), digest: kept.digest } : kept);
        }
        return units;
      };
      const added = [...used.keys()].filter((key) => !mainUnits.has(key));
      const unused = [...mainUnits.keys()].filter((key) => !used.has(key)).length;
      try {
        if (read.baseHash !== undefined && added.length + unused <= deltaLimit(used.size)) {
          const delta: StoredDelta = { version: layoutVersion, base: read.baseHash, units: packed(added) };
          writeStored(path.join(dir, DELTA_NAME), delta);
        } else {
          writeStored(path.join(dir, FILE_NAME), {
            version: layoutVersion,
            units: packed(used.keys()),
          } satisfies Stored);
          // Written beside the old main file, the delta would be ignored anyway: it goes.
          rmSync(path.join(dir, DELTA_NAME), { force: true });
        }
        return undefined;
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return `the article cache could not be written to ${dir} (${reason}): the next build parses every article again`;
      }
    },
  };
}

/** Writes one of the cache's files, letting its serialized bytes go at once. */
function writeStored(file: string, stored: Stored): void {
  const payload = serialize(stored);
  try {
    writeCheckedFile(file, payload);
  } finally {
    void releaseBuffer(payload);
  }
}

/** The log line about a damaged cache, when it was (for every command that reads the cache). */
export function damagedCacheNotice(stats: ArticleCacheStats): string | undefined {
  return stats.damaged
    ? "warning: the article cache failed its integrity check and was ignored: every article was parsed afresh"
    : undefined;
}
