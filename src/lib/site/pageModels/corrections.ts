// The models of corrections on pages: an article's 정정 section and the archive's `/corrections/`.
import { correctionNamesQuote, numberedCorrections, type NumberedCorrection } from "../../articles/corrections.ts";
import type { Correction } from "../../schemas/correction.ts";
import type { Quote } from "../../schemas/quote.ts";
import { archiveCorrections, type ArchiveCorrection } from "../corrections.ts";
import { excerpt } from "../format.ts";
import type { SiteIndex } from "../siteIndex.ts";

/** How long a quote's words may be where a correction names it. */
const NAMED_QUOTE_WORDS = 60;

/** A correction as its article's page shows it: with the quotes it concerns, linked. */
export interface ArticleCorrectionItem extends NumberedCorrection {
  /** The article's quotes its `quote:` piece names, with their words shortened. */
  quotes: { id: string; words: string }[];
}

/** An article's corrections for its page, earliest first, each with the quotes (of `quotes`) it names. */
export function articleCorrectionItems(
  corrections: readonly Correction[],
  quotes: readonly Pick<Quote, "id" | "text">[],
): ArticleCorrectionItem[] {
  return numberedCorrections(corrections).map((correction) => ({
    ...correction,
    quotes: quotes
      .filter((quote) => correctionNamesQuote(correction, quote))
      .map((quote) => ({ id: quote.id, words: excerpt(quote.text, NAMED_QUOTE_WORDS) })),
  }));
}

/** `/corrections/`: every correction of the archive, newest first. */
export interface CorrectionsPageModel {
  corrections: ArchiveCorrection[];
}

/** The model of `/corrections/`. */
export function correctionsPageModel(site: Pick<SiteIndex, "articles">): CorrectionsPageModel {
  return { corrections: archiveCorrections(site.articles) };
}
