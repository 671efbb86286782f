import { arrangeBody, type ArrangedBody } from "./arrangeBody.ts";
import { nameAboveByline, readByline, type Byline } from "./byline.ts";
import { isPhotoCaption } from "./caption.ts";
import { readDateline } from "./dateline.ts";
import { classifyFurniture, END_OF_ARTICLE, hasEmail, type FurnitureMatch } from "./furniture.ts";
import { endsLikeSentence, isNumberedHeading } from "./markdownBlock.ts";
import type { RemovedLine, SourceLine } from "./types.ts";

const BROADCAST_INTRO = /(?:기잡니다|기자입니다)\.?$/u;

/** A source sorted into headline, deck, body and furniture, with what the furniture said. */
export interface Arrangement extends ArrangedBody {
  /** The headline; when the copy shows none, a placeholder made from the lead (see `titleIsPlaceholder`). */
  title: string;
  /** True when the copy has no headline: `title` is the lead's first words, and the lead stays in the body. */
  titleIsPlaceholder: boolean;
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
    !LABEL.test(line.text) &&
    line.hint !== "caption" &&
    !endsLikeSentence(line.text) &&
    readDateline(line.text) === null &&
    !isNumberedHeading(line.text) &&
    !isPhotoCaption(line.text)
  );
}

// A particle or connective at the end of a line: a broadcast script's sentence broken over lines.
const BROKEN_LINE =
  /(?:은|는|이|가|을|를|에|의|와|과|로|도|만|에서|에게|께서|하고|하며|며|고|서|해|한|인|된|할|및|등)$/u;
// A label on its own line: a section or series name (`광주시`, `뉴스`, `[새 단체장에게 듣는다]`).
const LABEL = /^(?:\S{1,6}|\[[^\]]{1,30}\]|【[^】]{1,30}】)$/u;

// How a lead sentence ends (a headline may end with `?`, `!` or `…`, a sentence of the text with a full stop).
const ENDS_WITH_FULL_STOP = /[.。]["”’'」』)\]]*$/u;

/** True when a line could be a headline: not a sentence, not a label, not a broken line of a script. */
function couldBeHeadline(lines: readonly SourceLine[], i: number): boolean {
  const text = lines[i]?.text ?? "";
  if (ENDS_WITH_FULL_STOP.test(text) || LABEL.test(text) || /^[•●◦▪∙‣]/u.test(text)) return false;
  if (isPhotoCaption(text) || readDateline(text) !== null) return false;
  const next = lines[i + 1]?.text ?? "";
  return !(BROKEN_LINE.test(text) && next !== "");
}

/**
 * Picks the headline among the lines above the first sentence (furniture and bylines already set
 * aside): the HTML's own headline; else the first line of the block right above a byline (`기자`,
 * `입력 …`), where pages print the headline and its subtitles; else the first line the page
 * repeats; else the first. Returns -1 when no line above the first sentence can be one: the copy
 * has no headline.
 */
function findHeadline(
  lines: readonly SourceLine[],
  removed: ReadonlyMap<number, string>,
  bylines: ReadonlySet<number>,
): number {
  const hinted = lines.findIndex((l, i) => l.hint === "headline" && !removed.has(i));
  if (hinted >= 0) return hinted;
  const candidates: number[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.text === "" || removed.has(i)) continue;
    if (ENDS_WITH_FULL_STOP.test(l.text)) break;
    if (couldBeHeadline(lines, i)) candidates.push(i);
  }
  const isCandidate = new Set(candidates);
  // The next line that is shown (not blank, not furniture, not a label), byline lines included.
  const nextShown = (i: number): number => {
    let j = i + 1;
    const skipped = (k: number): boolean =>
      lines[k]?.text === "" || (removed.has(k) && !bylines.has(k)) || LABEL.test(lines[k]?.text ?? "");
    while (j < lines.length && skipped(j)) j += 1;
    return j;
  };
  // The block of headline-like lines (blank lines between them only) that ends right above a byline.
  const blockStart = (i: number): number => {
    let start = i;
    for (let k = i - 1; k >= 0; k -= 1) {
      if (lines[k]?.text === "") continue;
      if (!isCandidate.has(k)) break;
      start = k;
    }
    return start;
  };
  const last = candidates.filter((i) => bylines.has(nextShown(i))).at(-1);
  const aboveByline = last === undefined ? undefined : blockStart(last);
  const repeated = candidates.find((i) => lines.some((l, j) => j > i && l.text === lines[i]?.text));
  return aboveByline ?? repeated ?? candidates[0] ?? -1;
}

/** A placeholder title made from the lead's first sentence, for a copy that shows no headline. */
function placeholderTitle(lead: string): string {
  const sentence = /^.*?[.?!](?=\s|$)/u.exec(lead)?.[0] ?? lead;
  if (sentence.length <= 60) return sentence;
  const cut = sentence.slice(0, 60);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 30 ? space : 60)}…`;
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
    const nextText = lines.slice(i + 1).find((n) => n.text !== "")?.text ?? "";
    const bulletName = nameAboveByline(l.text, nextText);
    const byline = readByline(l.text) ?? (bulletName === null ? null : { reporter: bulletName, parts: ["reporter"] });
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
  markAutoSummary(lines, furniture, removed);

  const headline = findHeadline(lines, removed, new Set(bylineAt.keys()));
  if (headline >= 0) {
    const headlineText = lines[headline]?.text ?? "";
    removed.set(headline, "headline (read into title)");
    for (const [i, l] of lines.entries()) {
      if (l.text === "" || removed.has(i)) continue;
      if (i < headline) removed.set(i, "page header above the headline");
      else if (l.text === headlineText) removed.set(i, "duplicated headline");
    }
  } else {
    // No headline: what sits above the first sentence is page header (labels, menus); the lead stays.
    const first = lines.findIndex((l, i) => l.text !== "" && !removed.has(i) && endsLikeSentence(l.text));
    for (const [i, l] of lines.entries()) {
      if (first >= 0 && i < first && l.text !== "" && !removed.has(i) && LABEL.test(l.text)) {
        removed.set(i, "section or series label above the text");
      }
    }
  }

  const open = (from: number): number[] =>
    [...lines.keys()].filter((i) => i >= from && lines[i]?.text !== "" && !removed.has(i));
  const deck: string[] = [];
  let rest = open(headline + 1);
  // Without a headline there is no deck either: everything from the first line on is text.
  while (headline >= 0 && rest[0] !== undefined && DECK_BULLET.test(lines[rest[0]]?.text ?? "")) {
    deck.push((lines[rest[0]]?.text ?? "").replace(DECK_BULLET, ""));
    removed.set(rest[0], "summary bullet (read into deck)");
    rest = rest.slice(1);
  }
  if (headline >= 0 && deck.length === 0) {
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

  // Labels between the headline and the text (`[예시일보]`, an outlet's name) are not text either.
  while (rest[0] !== undefined && LABEL.test(lines[rest[0]]?.text ?? "") && rest.length > 1) {
    removed.set(rest[0], "label (an outlet or section name on its own line)");
    rest = rest.slice(1);
  }
  const lead = rest[0] ?? lines.length;
  const leadText = lines[lead]?.text;
  if (headline < 0 && leadText === undefined) return null;
  const title = headline >= 0 ? (lines[headline]?.text ?? "") : placeholderTitle(leadText ?? "");
  const bylines = [...bylineAt].map(([i, byline]) => {
    const inFooter = i > lead;
    removed.set(i, bylineReason(byline, inFooter, lines[i]?.text ?? ""));
    return { line: lines[i]?.line ?? 0, byline, inFooter };
  });
  // The article ends at the first byline or closing furniture after its first line of text: a
  // copyright line between a photo caption and the text (as some pages print it) does not end it.
  const firstText =
    [...lines.keys()].find((i) => {
      const l = lines[i];
      return (
        i >= lead &&
        l !== undefined &&
        l.text !== "" &&
        !removed.has(i) &&
        l.hint !== "caption" &&
        !isPhotoCaption(l.text)
      );
    }) ?? lead;
  // A broadcast script's `홍길동 기잡니다.` introduces the report: the text goes on after it.
  const endsHere = (i: number): boolean =>
    (bylineAt.has(i) && !BROADCAST_INTRO.test(lines[i]?.text ?? "")) || endsArticle.has(i);
  const endIndex = [...lines.keys()].find((i) => i > firstText && endsHere(i));
  const body = arrangeBody(lines, removed, lead, endIndex);
  const removedLines = [...removed]
    .sort(([a], [b]) => a - b)
    .map(([i, reason]) => ({ line: lines[i]?.line ?? 0, text: lines[i]?.text ?? "", reason }));
  return { title, titleIsPlaceholder: headline < 0, deck, ...body, bylines, furniture, removed: removedLines };
}

/**
 * Removes a portal's auto-summary box (`자동요약 …`): the lines after its notice, up to the next
 * portal control, repeat the article's own sentences.
 */
function markAutoSummary(
  lines: readonly SourceLine[],
  furniture: Arrangement["furniture"],
  removed: Map<number, string>,
): void {
  const notice = lines.findIndex((l) => /^자동 ?요약(?:\s|$)/u.test(l.text));
  if (notice < 0) return;
  const controls = new Set(furniture.filter((f) => f.match.category === "portal").map((f) => f.line));
  for (let i = notice + 1; i < lines.length; i += 1) {
    const l = lines[i];
    if (l === undefined || (controls.has(l.line) && !/^전체 맥락/u.test(l.text))) break;
    if (l.text !== "" && !removed.has(i)) removed.set(i, "auto-summary box (repeats the article's own sentences)");
  }
}

/** Removes the entries under a related-article heading: the next block of lines. */
function markRelatedList(lines: readonly SourceLine[], heading: number, removed: Map<number, string>): void {
  let i = heading + 1;
  while (lines[i]?.text === "") i += 1;
  for (; i < lines.length && lines[i]?.text !== ""; i += 1) {
    if (!removed.has(i)) removed.set(i, "related-article list");
  }
}
