import type { SearchAttrs, SearchIndex, SearchMeta } from "./buildIndex.ts";
import type { SearchDoc } from "./documents.ts";

/** Where a query reads the index from: memory (terminal, tests) or static files over HTTP (browser). */
export interface SearchStore {
  /** True when reading a file costs nothing (in memory): a search then checks as many as it needs. */
  local?: boolean;
  meta(): Promise<SearchMeta>;
  /** A shard's postings (gram → encoded list). */
  shard(n: number): Promise<Record<string, string>>;
  /** A chunk file's documents, by key (`quote-0`). */
  chunk(key: string): Promise<SearchDoc[]>;
  /** Attributes for filters. */
  attrs(): Promise<SearchIndex["attrs"]>;
}

/** A store over an index held in memory. */
export function memoryStore(index: SearchIndex): SearchStore {
  return {
    local: true,
    meta: async () => index.meta,
    shard: async (n) => index.shards[n] ?? {},
    chunk: async (key) => index.chunks[key] ?? [],
    attrs: async () => index.attrs,
  };
}

/** The file names of an index laid out for static hosting, relative to its folder. */
export const indexFiles = {
  meta: "meta.json",
  shard: (n: number): string => `g/${n.toString(36)}.json`,
  chunk: (key: string): string => `d/${key}.json`,
  attrs: "attrs.json",
} as const;

/** Every file of an index as `path → JSON text`, for writing it out. */
export function indexAsFiles(index: SearchIndex): Map<string, string> {
  const files = new Map<string, string>();
  eachIndexFile(index, (file, text) => files.set(file, text));
  return files;
}

/** Calls back with every file of an index (`path`, JSON text) in {@link indexAsFiles}' order, one made at a time. */
export function eachIndexFile(index: SearchIndex, visit: (file: string, text: string) => void): void {
  visit(indexFiles.meta, JSON.stringify(index.meta));
  visit(indexFiles.attrs, JSON.stringify(index.attrs));
  index.shards.forEach((shard, n) => visit(indexFiles.shard(n), JSON.stringify(shard)));
  for (const [key, docs] of Object.entries(index.chunks)) visit(indexFiles.chunk(key), JSON.stringify(docs));
}

/**
 * A store reading index files with `fetch`, each file once (cached promise). `onBytes` is told the
 * size of every file loaded, which the benchmark sums.
 */
export function fetchStore(
  base: string,
  fetchText: (url: string) => Promise<string>,
  onBytes?: (bytes: number, path: string) => void,
): SearchStore {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(path: string): Promise<T> => {
    let pending = cache.get(path);
    if (!pending) {
      pending = fetchText(`${base}${path}`).then((text) => {
        onBytes?.(text.length, path);
        return JSON.parse(text) as unknown;
      });
      cache.set(path, pending);
    }
    return pending as Promise<T>;
  };
  return {
    meta: () => load<SearchMeta>(indexFiles.meta),
    shard: (n) => load<Record<string, string>>(indexFiles.shard(n)),
    chunk: (key) => load<SearchDoc[]>(indexFiles.chunk(key)),
    attrs: () => load<{ speakers: string[]; topics: string[]; docs: SearchAttrs }>(indexFiles.attrs),
  };
}
