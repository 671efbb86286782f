import { foldForMatching } from "../text/normalize.ts";
import { fnv1a } from "../text/hash.ts";

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
