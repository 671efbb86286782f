import type { OutlineEntry } from "../schemas/article.ts";
import type { QuoteAnchor } from "./rehypeAnchors.ts";

/** Anchors for a body: heading ids from its outline, in order, and the quotes to mark. */
export interface BodyAnchors {
  outline: readonly OutlineEntry[];
  quotes: readonly QuoteAnchor[];
}
