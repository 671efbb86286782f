import type { SearchDoc } from "./documents.ts";
import { matchableTitle } from "./documents.ts";
import { foldSearchText } from "./fold.ts";
import { CHOSEONG_PREFIX, eachBigram, encodePostings } from "./grams.ts";
import { GramTable } from "./gramTable.ts";
import { choseongUnit } from "./hangul.ts";
import { withoutDots } from "./squeeze.ts";
import { isSpaceCode, widthAt } from "../text/codeUnits.ts";

/** Keys of the grams kept by code in a {@link GramTable}: a text bigram, a 초성 bigram (a 초성 trigram's high is its first unit). */
const TEXT_BIGRAM = -1;
const CHOSEONG_BIGRAM = -2;

/** The text of a gram from its key in the table. */
function gramOfKey(high: number, low: number): string {
  const pair = String.fromCharCode(low >>> 16, low & 0xffff);
  if (high === TEXT_BIGRAM) return pair;
  if (high === CHOSEONG_BIGRAM) return `${CHOSEONG_PREFIX}${pair}`;
  return `${CHOSEONG_PREFIX}${String.fromCharCode(high)}${pair}`;
}

/** Text as its grams are taken: folded for search, middle dots out (a dot joining two words is optional in a query). */
const gramText = (text: string): string => withoutDots(foldSearchText(text));

/**
 * Posts document `n` to each bigram of folded text (as `eachNgram(folded, 2, "")` gives them): a
 * bigram of two one-unit characters by code, any other (an astral character in it) by text.
 */
function postBigrams(folded: string, n: number, table: GramTable, onText: (gram: string) => void): void {
  eachBigram(folded, (code) => table.add(TEXT_BIGRAM, code, n), onText);
}

/**
 * Posts document `n` to each bigram and trigram of the initial consonants (초성) of folded text (as
 * `eachNgram(toChoseong(folded), 2 and 3, CHOSEONG_PREFIX)` gives them), without making the 초성
 * text: grams of one-unit characters by code, any other by text.
 */
function postChoseong(folded: string, n: number, table: GramTable, onText: (gram: string) => void): void {
  // The last two characters of the current run of non-space: start, width, unit (once mapped).
  let run = 0;
  let start1 = 0;
  let width1 = 0;
  let code1 = 0;
  let start2 = 0;
  let width2 = 0;
  let code2 = 0;
  const text = (start: number, width: number, code: number): string =>
    width === 1 ? String.fromCharCode(code) : folded.slice(start, start + width);
  for (let i = 0; i < folded.length;) {
    const width = widthAt(folded, i);
    const unit = folded.charCodeAt(i);
    if (isSpaceCode(unit)) run = 0;
    else {
      const code = width === 1 ? choseongUnit(unit) : unit;
      if (run >= 1) {
        if (width1 === 1 && width === 1) table.add(CHOSEONG_BIGRAM, (code1 << 16) | code, n);
        else onText(`${CHOSEONG_PREFIX}${text(start1, width1, code1)}${text(i, width, code)}`);
      }
      if (run >= 2) {
        if (width2 === 1 && width1 === 1 && width === 1) table.add(code2, (code1 << 16) | code, n);
        else
          onText(
            `${CHOSEONG_PREFIX}${text(start2, width2, code2)}${text(start1, width1, code1)}${text(i, width, code)}`,
          );
      }
      start2 = start1;
      width2 = width1;
      code2 = code1;
      start1 = i;
      width1 = width;
      code1 = code;
      run += 1;
    }
    i += width;
  }
}

/** A gram's documents: how many, and their numbers as `encodePostings` writes them. */
export interface GramPostings {
  count: number;
  encoded: string;
}

/**
 * Each gram's documents, from documents in order. A document is found by the
 * bigrams of its folded title and text, and by the bigrams and trigrams of the initial consonants
 * (초성) of its short fields (a quote's or a policy's title and text, an article's title); middle
 * dots taken out. Title and text are read apart: a line break never starts or ends a gram.
 */
export function gatherPostings(docs: readonly SearchDoc[]): Map<string, GramPostings> {
  // Most grams are made of one-unit characters: kept by code until the end, no string per gram.
  const table = new GramTable();
  const byText = new Map<string, number[]>();
  let n = 0;
  // Documents come in order, so a gram already posted for this one is the last number of its list.
  const onText = (gram: string): void => {
    const list = byText.get(gram);
    if (!list) byText.set(gram, [n]);
    else if (list[list.length - 1] !== n) list.push(n);
  };
  for (const doc of docs) {
    const title = matchableTitle(doc);
    if (title !== "") {
      const folded = gramText(title);
      postBigrams(folded, n, table, onText);
      postChoseong(folded, n, table, onText);
    }
    const folded = gramText(doc.text);
    postBigrams(folded, n, table, onText);
    if (doc.type !== "article") postChoseong(folded, n, table, onText);
    n += 1;
  }
  // A gram kept by code has only one-unit characters, one kept by text an astral one: none is both.
  const postings = new Map<string, GramPostings>();
  for (const [gram, list] of byText) postings.set(gram, { count: list.length, encoded: encodePostings(list) });
  table.forEach((high, low, count, encoded) => postings.set(gramOfKey(high, low), { count, encoded }));
  return postings;
}
