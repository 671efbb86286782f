import { arrangeBody, type ArrangedBody } from "./arrangeBody.ts";
import { readByline, type Byline } from "./byline.ts";
import { isPhotoCaption } from "./caption.ts";
import { readDateline } from "./dateline.ts";
import { classifyFurniture, END_OF_ARTICLE, hasEmail, type FurnitureMatch } from "./furniture.ts";
import { endsLikeSentence, isNumberedHeading } from "./markdownBlock.ts";
import type { RemovedLine, SourceLine } from "./types.ts";

/** A source sorted into headline, deck, body and furniture, with what the furniture said. */
export interface Arrangement extends ArrangedBody {
  /** The headline. */
  title: string;
  /** Summary bullets or subtitle lines under the headline. */
  deck: string[];
  /** Byline lines in source order; `inFooter` when they follow the lead. */
  bylines: { line: number; byline: Byline; inFooter: boolean }[];
  /** Furniture lines in source order, with their kind. */
  furniture: { line: number; text: string; match: FurnitureMatch }[];
  /** Every non-blank line left out of the body, and why. */
  removed: RemovedLine[];
}

const DECK_BULLET = /^[-–]\s+/u;

const BYLINE_PARTS: Readonly<Record<string, string>> = {
  reporter: "reporter, read into reporter",
  "publication date": "publication date, read into published",
  "update date": "update date",
  count: "comment or view count",
};

function bylineReason(byline: Byline, inFooter: boolean, text: string): string {
  const parts = [...new Set(byline.parts)].map((part) => BYLINE_PARTS[part] ?? part);
  const kind = !inFooter ? "byline" : hasEmail(text) ? "reporter e-mail footer" : "reporter footer";
  return `${kind} (${parts.join("; ")})`;
}

function isSubtitle(line: SourceLine): boolean {
  return (
    line.text.length <= 200 &&
    line.hint !== "caption" &&
    !endsLikeSentence(line.text) &&
    readDateline(line.text) === null &&
    !isNumberedHeading(line.text) &&
    !isPhotoCaption(line.text)
  );
}

/** Picks the headline: among the lines before the first sentence, the first one the page repeats, else the first. */
function findHeadline(lines: readonly SourceLine[], removed: ReadonlyMap<number, string>): number {
  const hinted = lines.findIndex((l, i) => l.hint === "headline" && !removed.has(i));
  if (hinted >= 0) return hinted;
  const candidates: number[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.text === "" || removed.has(i)) continue;
    candidates.push(i);
    if (endsLikeSentence(l.text)) break;
  }
  const repeated = candidates.find((i) => lines.some((l, j) => j > i && l.text === lines[i]?.text));
  return repeated ?? candidates[0] ?? -1;
}

/**
 * Sorts the lines of a copied article into headline, deck, body and furniture. Every non-blank line
 * ends up either in the body or in `removed` with a reason. Returns null when no line can be the
 * headline.
 */
export function arrangeLines(lines: readonly SourceLine[]): Arrangement | null {
  const removed = new Map<number, string>();
  const bylineAt = new Map<number, Byline>();
  const furniture: Arrangement["furniture"] = [];
  const endsArticle = new Set<number>();
  for (const [i, l] of lines.entries()) {
    if (l.text === "") continue;
    const byline = readByline(l.text);
    if (byline) {
      bylineAt.set(i, byline);
      continue;
    }
    const match = classifyFurniture(l.text);
    if (!match) continue;
    furniture.push({ line: l.line, text: l.text, match });
    if (END_OF_ARTICLE.has(match.category)) endsArticle.add(i);
    removed.set(i, match.reason);
    if (match.category === "related") markRelatedList(lines, i, removed);
  }
  // Byline lines are settled before the headline is looked for, so they are never taken for it.
  for (const i of bylineAt.keys()) removed.set(i, "byline");

  const headline = findHeadline(lines, removed);
  const title = lines[headline]?.text;
  if (title === undefined) return null;
  removed.set(headline, "headline (read into title)");
  for (const [i, l] of lines.entries()) {
    if (l.text === "" || removed.has(i)) continue;
    if (i < headline) removed.set(i, "page header above the headline");
    else if (l.text === title) removed.set(i, "duplicated headline");
  }

  const open = (from: number): number[] =>
    [...lines.keys()].filter((i) => i >= from && lines[i]?.text !== "" && !removed.has(i));
  const deck: string[] = [];
  let rest = open(headline + 1);
  while (rest[0] !== undefined && DECK_BULLET.test(lines[rest[0]]?.text ?? "")) {
    deck.push((lines[rest[0]]?.text ?? "").replace(DECK_BULLET, ""));
    removed.set(rest[0], "summary bullet (read into deck)");
    rest = rest.slice(1);
  }
  if (deck.length === 0) {
    // A subtitle: the first block under the headline, when it is not a sentence and text follows it.
    let i = rest[0];
    while (i !== undefined && rest.length > deck.length + 1 && isSubtitle(lines[i] as SourceLine)) {
      deck.push(lines[i]?.text ?? "");
      removed.set(i, "subtitle (read into deck)");
      const next = i + 1;
      i = lines[next] !== undefined && lines[next]?.text !== "" && !removed.has(next) ? next : undefined;
    }
    rest = rest.slice(deck.length);
  }

  const lead = rest[0] ?? lines.length;
  const bylines = [...bylineAt].map(([i, byline]) => {
    const inFooter = i > lead;
    removed.set(i, bylineReason(byline, inFooter, lines[i]?.text ?? ""));
    return { line: lines[i]?.line ?? 0, byline, inFooter };
  });
  const endIndex = [...lines.keys()].find((i) => i > lead && (bylineAt.has(i) || endsArticle.has(i)));
  const body = arrangeBody(lines, removed, lead, endIndex);
  const removedLines = [...removed]
    .sort(([a], [b]) => a - b)
    .map(([i, reason]) => ({ line: lines[i]?.line ?? 0, text: lines[i]?.text ?? "", reason }));
  return { title, deck, ...body, bylines, furniture, removed: removedLines };
}

/** Removes the entries under a related-article heading: the next block of lines. */
function markRelatedList(lines: readonly SourceLine[], heading: number, removed: Map<number, string>): void {
  let i = heading + 1;
  while (lines[i]?.text === "") i += 1;
  for (; i < lines.length && lines[i]?.text !== ""; i += 1) {
    if (!removed.has(i)) removed.set(i, "related-article list");
  }
}
