// A query's words as the gram index narrows them: folded, particles stripped, grams and typo slack.
import { foldSearchText } from "./fold.ts";
import { bigrams, CHOSEONG_PREFIX, ngrams } from "./grams.ts";
import { isChoseongQuery } from "./hangul.ts";
import { queryWord, type QueryWord } from "./match.ts";
import { stripParticle } from "./particles.ts";
import { withoutDots } from "./squeeze.ts";

/** A Hangul compatibility letter (ㄱ…ㅎ, ㅏ…ㅣ): what a half-typed syllable shows. */
const JAMO = /[\u3131-\u318E]/u;

/** One query word as the index narrows it. */
export interface Word {
  match: QueryWord;
  /** The word's grams (those common enough to narrow nothing left out). */
  grams: string[];
  /**
   * How many of them a match may lack: two when one typo is forgiven (a changed letter breaks the
   * two grams it is in), one when the last syllable may be half typed, else none.
   */
  slack: number;
}

/** The words of a query, folded, dots taken out, particles stripped; 초성 queries as one word. */
export function queryWords(q: string, stop: ReadonlySet<string>): { words: Word[]; choseong: boolean } {
  const folded = foldSearchText(q).replace(/"/gu, " ").trim();
  const choseong = isChoseongQuery(folded);
  const texts = choseong
    ? [withoutDots(folded.replace(/\s+/gu, ""))]
    : folded
        .split(/\s+/u)
        .map((w) => stripParticle(withoutDots(w)))
        .filter(Boolean);
  const words = texts.map((text): Word => {
    const match = choseong ? { text, completion: null, fuzzy: false } : queryWord(text);
    // 초성 of three letters or more narrow by trigrams: bigrams of initials match too much.
    const raw =
      choseong && [...text].length >= 3
        ? ngrams(text, 3, CHOSEONG_PREFIX)
        : bigrams(text, choseong ? CHOSEONG_PREFIX : "");
    // A text gram holding a lone letter (the `평ㄱ` of a half-typed `평가`) is in no document: it is
    // neither loaded nor counted, and the slack it would have used goes with it.
    const typed = choseong ? [...raw] : [...raw].filter((g) => !JAMO.test(g));
    const grams = typed.filter((g) => !stop.has(g));
    const slack = match.fuzzy && [...text].length >= 3 ? 2 : match.completion ? 1 : 0;
    return { match, grams, slack: Math.max(0, slack - (raw.size - typed.length)) };
  });
  return { words, choseong };
}

/** Every gram a query's words need, for loading their shards ahead of the search (while typing). */
export function queryGrams(q: string, stop: ReadonlySet<string>): string[] {
  const { words } = queryWords(q, stop);
  return [...new Set(words.flatMap((w) => w.grams))];
}
