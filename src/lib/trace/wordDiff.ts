import type { WordDiffPart } from "../schemas/quote.ts";
import { stripParticle } from "../search/particles.ts";
import { foldSearchText } from "../search/fold.ts";
import { joinedKey, type QuoteWord } from "./quoteWords.ts";
import { isVerbStem } from "./verbStem.ts";

/** True when two words are the same word: equal keys, or one the noun stem of the other's 하다/되다 verb (`개편`, `개편하겠다`). */
function sameWord(a: QuoteWord, b: QuoteWord): boolean {
  return a.key === b.key || isVerbStem(a.key, b.key) || isVerbStem(b.key, a.key);
}

/** True when two runs of words are written alike but for spacing and particles (`두배로`, `두 배로`). */
function alikeRuns(a: readonly QuoteWord[], b: readonly QuoteWord[]): boolean {
  if (joinedKey(a) === joinedKey(b)) return true;
  const written = (words: readonly QuoteWord[]): string =>
    stripParticle(foldSearchText(words.map((w) => w.text).join("")));
  return written(a) === written(b);
}

/** Longest common subsequence table over word keys, filled from the end. */
function lcsTable(a: readonly QuoteWord[], b: readonly QuoteWord[]): Uint16Array[] {
  const rows = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = rows[i] as Uint16Array;
    const below = rows[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = sameWord(a[i] as QuoteWord, b[j] as QuoteWord)
        ? (below[j + 1] as number) + 1
        : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  return rows;
}

/** The written words of a run from one side: a slice of its source text when given, else the words joined by spaces. */
function runText(words: readonly QuoteWord[], source: string | undefined): string {
  const first = words[0];
  const last = words[words.length - 1];
  if (source === undefined || !first || !last) return words.map((w) => w.text).join(" ");
  return source.slice(first.start, last.end);
}

/** One part of a diff being built: its words on its own side and, for `same`, the other side's. */
type Step = { kind: WordDiffPart["kind"]; words: QuoteWord[]; others: QuoteWord[] };

/** The finished part: `same` carries the other side's wording when it is written differently. */
function partOf(step: Step, texts: { this: string; other: string } | undefined): WordDiffPart {
  const text = runText(step.words, step.kind === "other" ? texts?.other : texts?.this);
  if (step.kind !== "same") return { kind: step.kind, text };
  const otherText = runText(step.others, texts?.other);
  return otherText === text ? { kind: "same", text } : { kind: "same", text, otherText };
}

/** Adds a word (and for `same` the other side's word) to the last step when it is of the same kind, or starts a new step. */
function append(steps: Step[], kind: WordDiffPart["kind"], word: QuoteWord, other?: QuoteWord): void {
  const last = steps[steps.length - 1];
  const target = last && last.kind === kind ? last : { kind, words: [], others: [] };
  if (target !== last) steps.push(target);
  target.words.push(word);
  if (other) target.others.push(other);
}

/**
 * Turns a `this` run next to an `other` run into `same` when the two differ only in spacing or
 * particles (`청렴 행정` against `청렴행정`): written together, their keys are equal.
 */
function mergeSpacing(steps: Step[]): Step[] {
  const out: Step[] = [];
  const add = (kind: WordDiffPart["kind"], words: readonly QuoteWord[], others: readonly QuoteWord[]): void => {
    const previous = out[out.length - 1];
    if (previous && previous.kind === kind) {
      previous.words.push(...words);
      previous.others.push(...others);
    } else out.push({ kind, words: [...words], others: [...others] });
  };
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as Step;
    const next = steps[i + 1];
    if (next && step.kind !== "same" && next.kind !== "same") {
      const [thisSide, otherSide] = step.kind === "this" ? [step, next] : [next, step];
      // Runs alike at the start and at the end are the same words respaced; the middle differs.
      const head = alikeEdge(thisSide.words, otherSide.words, false);
      const thisRest = thisSide.words.slice(head[0]);
      const otherRest = otherSide.words.slice(head[1]);
      const tail = alikeEdge(thisRest, otherRest, true);
      if (head[0] + tail[0] > 0) {
        add("same", thisSide.words.slice(0, head[0]), otherSide.words.slice(0, head[1]));
        const thisMiddle = thisRest.slice(0, thisRest.length - tail[0]);
        const otherMiddle = otherRest.slice(0, otherRest.length - tail[1]);
        if (thisMiddle.length > 0) add("this", thisMiddle, []);
        if (otherMiddle.length > 0) add("other", otherMiddle, []);
        if (tail[0] > 0)
          add("same", thisRest.slice(thisRest.length - tail[0]), otherRest.slice(otherRest.length - tail[1]));
        i += 1;
        continue;
      }
    }
    add(step.kind, step.words, step.others);
  }
  return out.filter((step) => step.words.length > 0);
}

/**
 * How many words at the start (or, with `fromEnd`, the end) of two runs are written alike but for
 * spacing and particles, as [words of `a`, words of `b`]: repeatedly the shortest pieces of up to
 * three words a side that are alike. [0, 0] when none.
 */
function alikeEdge(a: readonly QuoteWord[], b: readonly QuoteWord[], fromEnd: boolean): [number, number] {
  let i = 0;
  let j = 0;
  const piece = (words: readonly QuoteWord[], at: number, n: number): readonly QuoteWord[] =>
    fromEnd ? words.slice(words.length - at - n, words.length - at) : words.slice(at, at + n);
  for (;;) {
    let found: [number, number] | null = null;
    for (let size = 2; size <= 6 && !found; size += 1)
      for (let n = 1; n < size && !found; n += 1) {
        const m = size - n;
        if (n > 3 || m > 3 || i + n > a.length || j + m > b.length) continue;
        if (alikeRuns(piece(a, i, n), piece(b, j, m))) found = [n, m];
      }
    if (!found) return [i, j];
    i += found[0];
    j += found[1];
  }
}

/**
 * Word-level differences between two wordings, in reading order: `same` (in both; written as
 * `thisWords` writes them, with `otherText` as `otherWords` writes them when that differs, e.g.
 * `2021년` and `2021년은`), `this` (only in `thisWords`), `other` (only in `otherWords`). Words are
 * compared by key, so particles, spacing, middle dots and punctuation do not count as differences,
 * nor does a 하다/되다 ending on a noun (`개편`, `개편하겠다`).
 * Where both sides differ at one place, the `this` part comes first. With `texts` (the NFC texts the
 * words were taken from), a part is the stretch of its text from its first word to its last, so
 * middle dots and commas inside it stay as written; without, its words joined by spaces.
 */
export function wordDiff(
  thisWords: readonly QuoteWord[],
  otherWords: readonly QuoteWord[],
  texts?: { this: string; other: string },
): WordDiffPart[] {
  const table = lcsTable(thisWords, otherWords);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  const pending: { this: QuoteWord[]; other: QuoteWord[] } = { this: [], other: [] };
  const flush = (): void => {
    for (const word of pending.this) append(steps, "this", word);
    for (const word of pending.other) append(steps, "other", word);
    pending.this = [];
    pending.other = [];
  };
  while (i < thisWords.length || j < otherWords.length) {
    const a = thisWords[i];
    const b = otherWords[j];
    if (a && b && sameWord(a, b)) {
      flush();
      append(steps, "same", a, b);
      i += 1;
      j += 1;
    } else if (a && (!b || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))) {
      pending.this.push(a);
      i += 1;
    } else if (b) {
      pending.other.push(b);
      j += 1;
    }
  }
  flush();
  return mergeSpacing(steps).map((step) => partOf(step, texts));
}
