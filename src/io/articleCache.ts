import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit, ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import {
  DELTA_NAME,
  EMPTY,
  FILE_NAME,
  LAYOUT,
  readStored,
  writeStored,
  type Stored,
  type StoredDelta,
  type StoredUnit,
} from "./articleCacheFiles.ts";
import { packUnit, unpackUnit } from "./packedUnit.ts";
import { unitDigest } from "./unitDigest.ts";

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

/** The log line about a damaged cache, when it was (for every command that reads the cache). */
export function damagedCacheNotice(stats: ArticleCacheStats): string | undefined {
  return stats.damaged
    ? "warning: the article cache failed its integrity check and was ignored: every article was parsed afresh"
    : undefined;
}
