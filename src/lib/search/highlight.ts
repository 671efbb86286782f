import type { Range } from "./match.ts";

/** A piece of text to show, marked or not. */
export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * Cuts a window of about `radius` characters each side of the first match (the whole text when
 * short) and splits it into plain and marked pieces, for building DOM nodes (never an HTML string).
 */
export function highlightPieces(text: string, ranges: readonly Range[], radius = 80): Piece[] {
  const first = ranges[0];
  const start = first && text.length > radius * 2 ? Math.max(0, first[0] - radius) : 0;
  const end =
    first && text.length > radius * 2 ? Math.min(text.length, first[1] + radius) : Math.min(text.length, radius * 2);
  const pieces: Piece[] = start > 0 ? [{ text: "…", marked: false }] : [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= at || from >= end) continue;
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (a > at) pieces.push({ text: text.slice(at, a), marked: false });
    pieces.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), marked: false });
  if (end < text.length) pieces.push({ text: "…", marked: false });
  return pieces;
}
