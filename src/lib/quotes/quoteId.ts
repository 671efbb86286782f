import { foldForMatching } from "../text/normalize.ts";

/** FNV-1a, 32 bits, over UTF-16 code units: a small, stable, dependency-free hash for ids. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A quote's stable id: its article id and a hash of its own kind and folded text. Adding, removing
 * or editing other quotes never changes it; only editing the quote's own words does.
 */
export function quoteId(articleId: string, kind: "body" | "headline", text: string, taken: Set<string>): string {
  const base = `${articleId}--${fnv1a(`${kind}\u0000${foldForMatching(text)}`)
    .toString(36)
    .padStart(7, "0")}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
