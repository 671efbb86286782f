import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import type { ArticleUnit, ArticleUnitCache } from "../lib/archive/articleUnit.ts";

const FILE_NAME = "article-units.v8";

interface Stored {
  version: string;
  units: Map<string, ArticleUnit>;
}

/** An article cache backed by one file, with what it did for the build that used it. */
export interface ArticleCacheFile {
  cache: ArticleUnitCache;
  /** Articles taken from the cache, and articles parsed afresh. */
  stats(): { hits: number; misses: number };
  /** Writes back the units this build used (dropping the rest), when anything changed. */
  save(): void;
}

function readStored(file: string, version: string): Map<string, ArticleUnit> {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    return stored.version === version ? stored.units : new Map();
  } catch {
    // No cache yet, or one from another Node version or a torn write: start empty.
    return new Map();
  }
}

/**
 * Opens the article cache in `dir`. A unit is found again only for a file with the same path and
 * text, the same two registries (`registries`: their texts) and the same parser code (`version`).
 */
export function openArticleCache(dir: string, version: string, registries: readonly string[]): ArticleCacheFile {
  const file = path.join(dir, FILE_NAME);
  const previous = readStored(file, version);
  const used = new Map<string, ArticleUnit>();
  const base = createHash("sha256");
  for (const text of registries) base.update(text).update("\0");
  const keyOf = (source: SourceFile): string =>
    base.copy().update(source.path).update("\0").update(source.text).digest("base64");
  // Files asked for, by key: found in the previous build's cache or not (asking twice counts once).
  const asked = new Map<string, boolean>();
  return {
    cache: {
      get(source) {
        const key = keyOf(source);
        const unit = used.get(key) ?? previous.get(key);
        if (!asked.has(key)) asked.set(key, previous.has(key));
        if (unit) used.set(key, unit);
        return unit;
      },
      set(source, unit) {
        used.set(keyOf(source), unit);
      },
    },
    stats: () => {
      const hits = [...asked.values()].filter(Boolean).length;
      return { hits, misses: asked.size - hits };
    },
    save() {
      const changed = used.size !== previous.size || [...used.keys()].some((key) => !previous.has(key));
      if (!changed) return;
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ version, units: used } satisfies Stored));
      renameSync(temporary, file);
    },
  };
}
