import type { Quote } from "../../schemas/quote.ts";

/**
 * What a list shows of a quote (src/lib/site/html/quoteList.ts). Page models carry this, not the
 * whole quote: a page's digest then changes only with what the page shows (not with the quote's
 * context or attribution), and is cheaper to make (src/io/pageReuse/pageDigest.ts).
 */
export type QuoteCard = Pick<
  Quote,
  "id" | "text" | "speaker" | "speakerName" | "kind" | "article" | "published" | "level"
> & {
  /** The speaker's role when the quote was published (`당시 광주광역시장`), on lists that show it. */
  role?: string;
};

const cards = new WeakMap<Quote, QuoteCard>();

/** A quote's card; one object per quote, shared by every page that lists it. */
export function quoteCard(quote: Quote): QuoteCard {
  let card = cards.get(quote);
  if (!card) {
    const { id, text, speaker, speakerName, kind, article, published, level } = quote;
    card = { id, text, speaker, speakerName, kind, article, published, level };
    cards.set(quote, card);
  }
  return card;
}

/**
 * A quote's card with the speaker's role at its date (see src/lib/registry/roleAt.ts); the plain
 * shared card when the role is not known. A new object: the shared card stays without a role.
 */
export function quoteCardWithRole(quote: Quote, role: string | null): QuoteCard {
  return role === null ? quoteCard(quote) : { ...quoteCard(quote), role };
}
