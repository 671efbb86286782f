import type { ArticleUnit } from "../lib/archive/articleUnit.ts";

/**
 * An article unit as the article cache stores it: its long texts that are found word for word in
 * the article's own file (the body, the plain text, each quote's words and context) left out, and
 * their places in that file kept instead, so the cache holds each text once (in the Markdown file
 * the build reads anyway) and reading it makes far fewer strings.
 */
export interface PackedUnit {
  /** The unit, each text that `spans` places replaced by "". */
  unit: ArticleUnit;
  /**
   * Start and end in the file of: the article's body, its plain text, then each quote's text and
   * context, in order; -1 for a text kept in `unit` itself.
   */
  spans: Int32Array;
}

/**
 * Texts shorter than this are kept as they are: a short slice is copied anyway, and the place
 * costs as much as the text.
 */
const MIN_CHARS = 16;

/**
 * Only texts with a character beyond Latin-1 are left out: V8 stores such a text, and the file it
 * is part of, in two bytes a character, so the slice made again has the representation (and the
 * serialized bytes) of the text it replaces.
 */
const WIDE = /[^\u0000-\u00ff]/u;

/** Packs `unit` (parsed from the file `text`): see {@link PackedUnit}. */
export function packUnit(unit: ArticleUnit, text: string): PackedUnit {
  const spans = new Int32Array(2 * (2 + 2 * unit.quotes.length)).fill(-1);
  const place = (value: string, slot: number): string => {
    if (value.length < MIN_CHARS || !WIDE.test(value)) return value;
    const at = text.indexOf(value);
    if (at < 0) return value;
    spans[2 * slot] = at;
    spans[2 * slot + 1] = at + value.length;
    return "";
  };
  const { article } = unit;
  return {
    unit: {
      ...unit,
      ...(article && { article: { ...article, body: place(article.body, 0), plainText: place(article.plainText, 1) } }),
      quotes: unit.quotes.map((quote, i) => ({
        ...quote,
        text: place(quote.text, 2 + 2 * i),
        context: place(quote.context, 3 + 2 * i),
      })),
    },
    spans,
  };
}

/**
 * The unit {@link packUnit} packed, its texts sliced again from `text`, which must be the very
 * file it was packed with (the article cache finds a unit only by its file's exact text).
 */
export function unpackUnit(packed: PackedUnit, text: string): ArticleUnit {
  const { unit, spans } = packed;
  const take = (value: string, slot: number): string => {
    const start = spans[2 * slot];
    return start === undefined || start < 0 ? value : text.slice(start, spans[2 * slot + 1]);
  };
  const { article } = unit;
  return {
    ...unit,
    ...(article && { article: { ...article, body: take(article.body, 0), plainText: take(article.plainText, 1) } }),
    quotes: unit.quotes.map((quote, i) => ({
      ...quote,
      text: take(quote.text, 2 + 2 * i),
      context: take(quote.context, 3 + 2 * i),
    })),
  };
}
