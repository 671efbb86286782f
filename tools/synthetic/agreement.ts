import type { Quote } from "../../src/lib/schemas/quote.ts";
import type { ArticleTruth, PlantedQuote } from "./types.ts";

/** A planted quote the extractor did not find, or found with another speaker. */
export interface Miss {
  /** Article id. */
  article: string;
  /** The planted quote. */
  planted: PlantedQuote;
  /** The extracted quote with the same text, or null when none was found. */
  got: Pick<Quote, "speaker" | "speakerName" | "attribution" | "context"> | null;
}

/** How far extracted body quotes agree with the planted ones. */
export interface Agreement {
  /** Planted body quotes. */
  planted: number;
  /** Of those, found with exactly the planted text. */
  found: number;
  /** Of those, found with the right speaker: the same id, and for an unregistered one the same name. */
  right: number;
  /** Extracted body quotes that match no planted quote. */
  extra: number;
  /** `right / planted`, 0 to 1 (1 when nothing was planted). */
  ratio: number;
  /** Every planted quote not found right, in article order. */
  misses: Miss[];
  /** Planted and right counts by pattern (`named curly registered`, …). */
  byPattern: Map<string, { planted: number; right: number }>;
}

/**
 * Compares an extractor's quotes with the planted truth, article by article and in order: each
 * planted quote is matched to the next extracted body quote of its article with the same text, then
 * its speaker is checked (the id; for a speaker not in the registry, the name as written).
 */
export function agreementWithTruth(truth: readonly ArticleTruth[], quotes: readonly Quote[]): Agreement {
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (quote.kind !== "body") continue;
    const list = byArticle.get(quote.article);
    if (list) list.push(quote);
    else byArticle.set(quote.article, [quote]);
  }
  const result: Agreement = { planted: 0, found: 0, right: 0, extra: 0, ratio: 1, misses: [], byPattern: new Map() };
  for (const { article, quotes: planted } of truth) {
    const extracted = byArticle.get(article) ?? [];
    let next = 0;
    let matched = 0;
    for (const quote of planted) {
      const tally = result.byPattern.get(quote.pattern) ?? { planted: 0, right: 0 };
      result.byPattern.set(quote.pattern, tally);
      result.planted += 1;
      tally.planted += 1;
      const index = extracted.findIndex((q, i) => i >= next && q.text === quote.text);
      const got = index >= 0 ? extracted[index] : undefined;
      if (!got) {
        result.misses.push({ article, planted: quote, got: null });
        continue;
      }
      next = index + 1;
      matched += 1;
      result.found += 1;
      const right = got.speaker === quote.speaker && (quote.speaker !== null || got.speakerName === quote.speakerName);
      if (right) {
        result.right += 1;
        tally.right += 1;
      } else {
        const { speaker, speakerName, attribution, context } = got;
        result.misses.push({ article, planted: quote, got: { speaker, speakerName, attribution, context } });
      }
    }
    result.extra += extracted.length - matched;
  }
  result.ratio = result.planted === 0 ? 1 : result.right / result.planted;
  return result;
}

/** One line per miss, for a test failure message or a report. */
export function describeMisses(misses: readonly Miss[]): string {
  return misses
    .map(({ article, planted, got }) => {
      const want = `${planted.speaker ?? "null"} (${planted.speakerName})`;
      const found = got
        ? `got ${got.speaker ?? "null"} (${got.speakerName ?? "no name"}, ${got.attribution}) in: ${got.context}`
        : "not found";
      return `${article} [${planted.pattern}] want ${want}, ${found}\n    “${planted.text}”`;
    })
    .join("\n");
}
