import { createHash } from "node:crypto";
import path from "node:path";
import { serialize } from "node:v8";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit, ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import { readCheckedFile, writeCheckedFile } from "./checkedFile.ts";
import { packUnit, unpackUnit, type PackedUnit } from "./packedUnit.ts";
import { deserializeOwn, releaseBuffer } from "./releaseBuffer.ts";

const FILE_NAME = "article-units.v8";
/** Told apart from the parser's version: a cache of another layout is never read as this one. */
const LAYOUT = "packed-1";

interface Stored {
  version: string;
  units: Map<string, PackedUnit>;
}

/** A unit the cache keeps: as read from the file (packed), or parsed by this build with its file's text. */
type Kept = PackedUnit | { fresh: ArticleUnit; text: string };

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
   * Writes back the units this build used (dropping the rest), when anything changed. The cache is
   * an optimisation: a failure to write it (a full disk, no permission) is returned as a warning
   * for the log, never thrown.
   */
  save(): string | undefined;
}

function readStored(file: string, version: string): { units: Map<string, PackedUnit>; damaged: boolean } {
  const read = readCheckedFile(file);
  if ("missing" in read) return { units: new Map(), damaged: false };
  if ("damaged" in read) return { units: new Map(), damaged: true };
  try {
    // Its packed units hold typed arrays: copies, so that the file's bytes may go.
    const stored = deserializeOwn(read.payload) as Stored;
    return { units: stored.version === version ? stored.units : new Map(), damaged: false };
  } catch {
    // Written by another Node version: start empty.
    return { units: new Map(), damaged: false };
  } finally {
    // Nothing read holds the file's bytes (about 90 MB for 10,000 articles): they may go at once.
    void releaseBuffer(read.payload);
  }
}

/**
 * Opens the article cache in `dir`. A unit is found again only for a file with the same path and
 * text, the same two registries (`registries`: their texts) and the same parser code (`version`).
 * The file carries a SHA-256 of its contents, checked on reading: a damaged cache is ignored (every
 * article parsed afresh) and said so in `stats`. Units are stored packed (see packedUnit.ts): their
 * texts found in the article's file are sliced from it again. With `read: false` (`npm run build -- --full`) the
 * old cache is not even read; the new one is still written.
 */
export function openArticleCache(
  dir: string,
  version: string,
  registries: readonly string[],
  options: { read?: boolean } = {},
): ArticleCacheFile {
  const file = path.join(dir, FILE_NAME);
  const layoutVersion = `${LAYOUT}:${version}`;
  const { units: previous, damaged } =
    options.read === false ? { units: new Map<string, PackedUnit>(), damaged: false } : readStored(file, layoutVersion);
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
        used.set(key, { fresh: unit, text: source.text });
        given.set(key, unit);
      },
    },
    stats: () => {
      const hits = [...asked.values()].filter(Boolean).length;
      return { hits, misses: asked.size - hits, damaged };
    },
    save() {
      const changed =
        options.read === false || used.size !== previous.size || [...used.keys()].some((key) => !previous.has(key));
      if (!changed) return undefined;
      try {
        const units = new Map<string, PackedUnit>();
        for (const [key, kept] of used) units.set(key, "fresh" in kept ? packUnit(kept.fresh, kept.text) : kept);
        const payload = serialize({ version: layoutVersion, units } satisfies Stored);
        try {
          writeCheckedFile(file, payload);
        } finally {
          void releaseBuffer(payload);
        }
        return undefined;
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return `the article cache could not be written to ${file} (${reason}): the next build parses every article again`;
      }
    },
  };
}

/** The log line about a damaged cache, when it was (for every command that reads the cache). */
export function damagedCacheNotice(stats: ArticleCacheStats): string | undefined {
  return stats.damaged
    ? "warning: the article cache failed its integrity check and was ignored: every article was parsed afresh"
    : undefined;
}
