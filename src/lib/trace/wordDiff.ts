import type { WordDiffPart } from "../schemas/quote.ts";
import { stripParticle } from "../search/particles.ts";
import { foldSearchText } from "../search/fold.ts";
import { joinedKey, type QuoteWord } from "./quoteWords.ts";

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
      row[j] =
        (a[i] as QuoteWord).key === (b[j] as QuoteWord).key
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  return rows;
}

/** The written words of one part: a slice of its source text when given, else the words joined by spaces. */
function partText(step: Step, texts: { this: string; other: string } | undefined): string {
  const first = step.words[0];
  const last = step.words[step.words.length - 1];
  const source = texts ? (step.kind === "other" ? texts.other : texts.this) : undefined;
  if (source === undefined || !first || !last) return step.words.map((w) => w.text).join(" ");
  return source.slice(first.start, last.end);
}

type Step = { kind: WordDiffPart["kind"]; words: QuoteWord[] };

/** Adds a word to the last step when it is of the same kind, or starts a new step. */
function append(steps: Step[], kind: WordDiffPart["kind"], word: QuoteWord): void {
  const last = steps[steps.length - 1];
  if (last && last.kind === kind) last.words.push(word);
  else steps.push({ kind, words: [word] });
}

/**
 * Turns a `this` run next to an `other` run into `same` when the two differ only in spacing or
 * particles (`청렴 행정` against `청렴행정`): written together, their keys are equal.
 */
function mergeSpacing(steps: Step[]): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as Step;
    const next = steps[i + 1];
    if (next && step.kind !== "same" && next.kind !== "same" && alikeRuns(step.words, next.words)) {
      const thisSide = step.kind === "this" ? step : next;
      const previous = out[out.length - 1];
      if (previous && previous.kind === "same") previous.words.push(...thisSide.words);
      else out.push({ kind: "same", words: [...thisSide.words] });
      i += 1;
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && previous.kind === step.kind) previous.words.push(...step.words);
    else out.push({ kind: step.kind, words: [...step.words] });
  }
  return out;
}

/**
 * Word-level differences between two wordings, in reading order: `same` (in both; written as
 * `thisWords` writes them), `this` (only in `thisWords`), `other` (only in `otherWords`). Words are
 * compared by key, so particles, spacing, middle dots and punctuation do not count as differences.
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
    if (a && b && a.key === b.key) {
      flush();
      append(steps, "same", a);
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
  return mergeSpacing(steps).map((step) => ({ kind: step.kind, text: partText(step, texts) }));
}
