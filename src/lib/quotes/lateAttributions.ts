import type { Quote } from "../schemas/quote.ts";
import { foldForMatching } from "../text/normalize.ts";

const attributed = (quote: Quote): boolean => quote.level !== "unconfirmed" && quote.speakerName !== null;
const noCue = (quote: Quote): boolean => quote.level === "unconfirmed" && quote.cue === null;

// Content words of a quote: Hangul or Latin runs of two or more, cut to their first two
// characters so particles do not hide a shared word (`통합에`, `통합을`).
function stems(text: string): Set<string> {
  return new Set([...text.matchAll(/[가-힣A-Za-z0-9]{2,}/gu)].map((m) => m[0].slice(0, 2)));
}

function overlap(a: string, b: string): number {
  const left = stems(a);
  const right = stems(b);
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared += 1;
  return left.size === 0 ? 0 : shared / left.size;
}

/**
 * What can be decided only with the whole article in view, for quotes nothing in their own
 * sentence attributed:
 * - the same words quoted again elsewhere with a speaker (`repeated`), as a lead that opens with a
 *   bare quote and names its speaker paragraphs later;
 * - a headline, deck or display quote (`display`: statement ids) when every attributed body quote has
 *   one speaker and the words share most of their content with that speaker's (`headline`).
 * Both are `likely`; the rest stay unconfirmed.
 */
export function lateAttributions(quotes: readonly Quote[], display: ReadonlySet<string>): Quote[] {
  const confirmed = quotes.filter(attributed);
  const byWords = new Map(confirmed.map((q) => [foldForMatching(q.text), q]));
  // One person under several forms of the name (`강기정 광주시장`, `강기정 시장`) is one speaker.
  const person = (q: Quote): string => q.speaker ?? (q.speakerName ?? "").split(/\s/u)[0] ?? "";
  const people = confirmed.filter((q) => q.source === "person");
  const only = new Set(people.map(person)).size === 1 ? people[0] : undefined;
  return quotes.map((quote) => {
    if (!noCue(quote)) return quote;
    const same = byWords.get(foldForMatching(quote.text));
    if (same) return take(quote, same, "repeated");
    const headlineArea = quote.kind === "headline" || display.has(quote.statement);
    if (!headlineArea || !only) return quote;
    const theirs = people.map((q) => q.text).join(" ");
    return overlap(quote.text, theirs) >= 0.5 ? take(quote, only, "headline") : quote;
  });
}

function take(quote: Quote, from: Quote, method: "repeated" | "headline"): Quote {
  return {
    ...quote,
    speaker: from.speaker,
    speakerName: from.speakerName,
    attribution: method,
    level: "likely",
    source: from.source,
    candidate: null,
  };
}
