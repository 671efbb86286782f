import type { Quote } from "../schemas/quote.ts";
import { headlineMatch } from "./headlineMatch.ts";

/**
 * An article's quotes with each headline (or deck) quote matched against the body's quotes and
 * classed (verbatim, shortened, reworded, absent); body quotes are returned as they are.
 */
export function withHeadlineMatches(quotes: readonly Quote[]): Quote[] {
  const body = quotes.filter((q) => q.kind === "body");
  return quotes.map((quote) => {
    if (quote.kind !== "headline") return quote;
    const { bodySpan: _span, ...match } = headlineMatch(quote, body);
    return { ...quote, headlineMatch: match };
  });
}
