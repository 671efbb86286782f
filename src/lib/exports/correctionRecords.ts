// Corrections in the data exports: an article's (all of them) and a quote's (those naming it).
import { correctionNamesQuote, numberedCorrections, type NumberedCorrection } from "../articles/corrections.ts";
import type { Article } from "../schemas/article.ts";
import type { Quote } from "../schemas/quote.ts";
import { correctionHref } from "../site/corrections.ts";
import { absoluteUrl } from "./paths.ts";

/** One correction as the exports give it: every field present, `null` when not given. */
export interface CorrectionRecord {
  /** ISO 8601 date (`2020-03-03`) or date-time with its offset. */
  date: string;
  change: string;
  reason: string | null;
  original: string | null;
  /** The piece of a quote's text the correction names, or null. */
  quote: string | null;
  /** The correction on its article's page, `…/articles/<id>/#correction-<n>`. */
  url: string;
}

function record(correction: NumberedCorrection, articleId: string, origin: string): CorrectionRecord {
  return {
    date: correction.date,
    change: correction.change,
    reason: correction.reason ?? null,
    original: correction.original ?? null,
    quote: correction.quote ?? null,
    url: absoluteUrl(correctionHref(articleId, correction.number), origin),
  };
}

/** An article's corrections for `articles.json`/`.csv`, earliest first; `[]` when it has none. */
export function correctionRecords(article: Pick<Article, "id" | "corrections">, origin: string): CorrectionRecord[] {
  return numberedCorrections(article.corrections).map((correction) => record(correction, article.id, origin));
}

/** The corrected articles of each article list, by id: looked up once per list, not once per quote. */
const correctedByList = new WeakMap<readonly unknown[], Map<string, Pick<Article, "id" | "corrections">>>();

/**
 * The corrections that name a quote (see correctionNamesQuote), for `quotes.json`/`.csv`, earliest
 * first; `[]` when none does. `articles` is the export's whole article list; the articles with
 * corrections are found in it once and remembered for the list.
 */
export function quoteCorrectionRecords(
  articles: readonly Pick<Article, "id" | "corrections">[],
  quote: Pick<Quote, "article" | "text">,
  origin: string,
): CorrectionRecord[] {
  let corrected = correctedByList.get(articles);
  if (!corrected) {
    corrected = new Map(articles.filter((a) => a.corrections.length > 0).map((a) => [a.id, a]));
    correctedByList.set(articles, corrected);
  }
  const article = corrected.get(quote.article);
  if (!article) return [];
  return numberedCorrections(article.corrections)
    .filter((correction) => correctionNamesQuote(correction, quote))
    .map((correction) => record(correction, article.id, origin));
}
