import type { Arrangement } from "./arrangeLines.ts";
import { isPhotoCaption } from "./caption.ts";

/** Where a line of the source ended up once arranged. */
export type Place = "title" | "deck" | "body" | "caption" | "after end" | "other";

/** A non-blank source line, its text, and where the arrangement put it. */
export interface PlacedLine {
  /** 1-based line of the source file. */
  line: number;
  /** The line's text. */
  text: string;
  /** Where it went: the headline, the deck, the body, a photo caption, below the article's end, or elsewhere (furniture, bylines). */
  place: Place;
}

function placeOf(reason: string): Place {
  if (/^headline|duplicated headline/u.test(reason)) return "title";
  if (/\bdeck\b/u.test(reason)) return "deck";
  if (/caption/u.test(reason)) return "caption";
  if (/^below the end/u.test(reason)) return "after end";
  return "other";
}

/** Every non-blank line of the source in order, as the arrangement accounts for it (body blocks and removed lines). */
export function placedLines(arranged: Arrangement): PlacedLine[] {
  const lines: PlacedLine[] = [
    ...arranged.removed.map((r) => ({ line: r.line, text: r.text, place: placeOf(r.reason) })),
    ...arranged.body.map((b) => ({ line: b.line, text: b.text, place: "body" as const })),
  ];
  return lines.sort((a, b) => a.line - b.line);
}

/**
 * True when a line is, or reads like, a photo caption: put with the captions, printed as a table
 * row of a copied page (`| … |`), or shaped like one (`▲…`, `[사진=…]`).
 */
export function isCaptionLine(line: PlacedLine): boolean {
  return line.place === "caption" || /^\|.*\|$/u.test(line.text) || isPhotoCaption(line.text);
}
