// An article's corrections in the order readers see them, and which of them concern one quote.
import { parseArchiveDate } from "../dates/kst.ts";
import type { Correction } from "../schemas/correction.ts";
import type { Quote } from "../schemas/quote.ts";
import { foldForMatching } from "../text/normalize.ts";

/** A correction with its number on the article's page (1 = the earliest), which makes its anchor. */
export interface NumberedCorrection extends Correction {
  /** 1-based, in date order (front-matter order among the same date): `#correction-<number>`. */
  number: number;
  /** The correction's instant in epoch milliseconds (a day alone: midnight KST), for sorting. */
  epochMs: number;
}

/** The anchor of an article's list of corrections on its page. */
export const CORRECTIONS_ANCHOR = "corrections";

/** The anchor of one correction on its article's page: `correction-<number>`. */
export function correctionAnchor(number: number): string {
  return `correction-${number}`;
}

/** The epoch milliseconds of a stored correction date (midnight KST for a day alone). */
function epochOf(date: string): number {
  const parsed = parseArchiveDate(date);
  return typeof parsed === "string" ? Number.NaN : parsed.epochMs;
}

/**
 * An article's corrections in date order, earliest first (front-matter order among equal dates),
 * each numbered from 1. A later correction added to the end keeps every earlier one's number, so
 * links to `#correction-<n>` stay good.
 */
export function numberedCorrections(corrections: readonly Correction[]): NumberedCorrection[] {
  return corrections
    .map((correction, index) => ({ correction, index, epochMs: epochOf(correction.date) }))
    .sort((a, b) => a.epochMs - b.epochMs || a.index - b.index)
    .map(({ correction, epochMs }, position) => ({ ...correction, number: position + 1, epochMs }));
}

/**
 * Does a correction concern this quote? Only when its `quote:` piece is found in the quote's text,
 * folded as `quotes: fix: match:` is (NFC, middle dots, quote marks, white space).
 */
export function correctionNamesQuote(correction: Pick<Correction, "quote">, quote: Pick<Quote, "text">): boolean {
  return correction.quote !== undefined && foldForMatching(quote.text).includes(foldForMatching(correction.quote));
}

/** What a quote's page shows of its article's corrections. */
export interface QuoteCorrections {
  /** The corrections whose `quote:` names this quote, earliest first. */
  concerning: NumberedCorrection[];
  /** How many other corrections the article has (about another quote, or no single quote). */
  others: number;
}

/**
 * Picks an article's corrections for one of its quotes: those naming the quote are shown in full on
 * its page; the rest are only counted, so a reader citing the quote learns that the article was
 * corrected (and can follow the link to its corrections) without a correction of another sentence
 * being shown as if it changed these words.
 */
export function quoteCorrections(corrections: readonly Correction[], quote: Pick<Quote, "text">): QuoteCorrections {
  const numbered = numberedCorrections(corrections);
  const concerning = numbered.filter((correction) => correctionNamesQuote(correction, quote));
  return { concerning, others: numbered.length - concerning.length };
}
