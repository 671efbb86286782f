import type { Quote } from "../../src/lib/schemas/quote.ts";
import type { ArticleTruth, PlantedQuote } from "./types.ts";

/**
 * What became of a planted quote: `right` (the speaker the truth expects, or no name where the truth
 * is unconfirmed), `wrong` (published as someone else's: another registered id, another person's
 * name, a person where the truth is an anonymous or group source or undecided), or `none` (not
 * found, unconfirmed, or only a vague or non-person source such as `이 전 시장` or `지사`).
 */
export type Outcome = "right" | "wrong" | "none";

/** Planted quotes and their outcomes, for one pattern or for all. */
export interface Tally {
  planted: number;
  right: number;
  wrong: number;
  none: number;
}

/** A planted quote the extractor did not find, or found with another speaker. */
export interface Miss {
  /** Article id. */
  article: string;
  /** The planted quote. */
  planted: PlantedQuote;
  /** `wrong` or `none`. */
  outcome: Exclude<Outcome, "right">;
  /** The extracted quote with the same text, or null when none was found. */
  got: Pick<Quote, "speaker" | "speakerName" | "attribution" | "level" | "source" | "context"> | null;
}

/** How far extracted body quotes agree with the planted ones. */
export interface Agreement extends Tally {
  /** Of the planted, found with exactly the planted text. */
  found: number;
  /** Extracted body quotes that match no planted quote. */
  extra: number;
  /** `right / planted`, 0 to 1 (1 when nothing was planted). */
  ratio: number;
  /** Every planted quote not found right, in article order. */
  misses: Miss[];
  /** Tallies by pattern (`named curly registered`, …). */
  byPattern: Map<string, Tally>;
  /** Tallies by family (`named`, `short-reference`, `anonymous`, …). */
  byFamily: Map<string, Tally>;
  /** Tallies by the printed marks (`curly`, `unclosed`, …). */
  byMarks: Map<string, Tally>;
}

type Got = Pick<Quote, "speaker" | "speakerName" | "level" | "source">;

const firstWord = (name: string): string => name.split(/\s/u)[0] ?? "";

/**
 * Whether a published name that is no registry id stands for the planted person: the same full name
 * (any title after it) is the person; a surname alone (`이 전 시장`, `박 의원`) with the person's
 * surname, or `전` (`전 시장`: the former mayor), is vague but not someone else; anything else is
 * another person.
 */
function nameFits(published: string, planted: string): "same" | "vague" | "other" {
  const word = firstWord(published);
  if (word === firstWord(planted)) return "same";
  if (word.length === 1 && (word === planted.charAt(0) || word === "전")) return "vague";
  return "other";
}

/** What became of planted quote `planted` given the extracted quote with its text (or undefined). */
export function outcomeOf(planted: PlantedQuote, got: Got | undefined): Outcome {
  if (!got) return "none";
  const named = got.level !== "unconfirmed" && got.speakerName !== null;
  const person = named && got.source === "person";
  if (planted.expected === "unconfirmed") return person ? "wrong" : got.level === "unconfirmed" ? "right" : "none";
  if (planted.expected === "anonymous" || planted.expected === "group") {
    if (person) return "wrong";
    return named && got.source === planted.expected && got.speaker === null ? "right" : "none";
  }
  if (!named) return "none";
  if (got.speaker !== null) return got.speaker === planted.speaker ? "right" : "wrong";
  if (got.source !== "person") return "none";
  if (planted.speaker !== null)
    return nameFits(got.speakerName ?? "", planted.speakerName) === "other" ? "wrong" : "none";
  const fit = nameFits(got.speakerName ?? "", planted.speakerName);
  return fit === "same" ? "right" : fit === "vague" ? "none" : "wrong";
}

const emptyTally = (): Tally => ({ planted: 0, right: 0, wrong: 0, none: 0 });

function count(map: Map<string, Tally>, key: string, outcome: Outcome): void {
  const tally = map.get(key) ?? emptyTally();
  map.set(key, tally);
  tally.planted += 1;
  tally[outcome] += 1;
}

/**
 * Compares an extractor's quotes with the planted truth, article by article and in order: each
 * planted quote is matched to the next extracted body quote of its article with the same text, then
 * judged by `outcomeOf`.
 */
export function agreementWithTruth(truth: readonly ArticleTruth[], quotes: readonly Quote[]): Agreement {
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (quote.kind !== "body") continue;
    const list = byArticle.get(quote.article);
    if (list) list.push(quote);
    else byArticle.set(quote.article, [quote]);
  }
  const result: Agreement = {
    ...emptyTally(),
    found: 0,
    extra: 0,
    ratio: 1,
    misses: [],
    byPattern: new Map(),
    byFamily: new Map(),
    byMarks: new Map(),
  };
  for (const { article, quotes: planted } of truth) {
    const extracted = byArticle.get(article) ?? [];
    let next = 0;
    let matched = 0;
    for (const quote of planted) {
      const index = extracted.findIndex((q, i) => i >= next && q.text === quote.text);
      const got = index >= 0 ? extracted[index] : undefined;
      if (got) {
        next = index + 1;
        matched += 1;
        result.found += 1;
      }
      const outcome = outcomeOf(quote, got);
      result.planted += 1;
      result[outcome] += 1;
      count(result.byPattern, quote.pattern, outcome);
      count(result.byFamily, quote.family, outcome);
      count(result.byMarks, quote.marks, outcome);
      if (outcome === "right") continue;
      const seen = got
        ? {
            speaker: got.speaker,
            speakerName: got.speakerName,
            attribution: got.attribution,
            level: got.level,
            source: got.source,
            context: got.context,
          }
        : null;
      result.misses.push({ article, planted: quote, outcome, got: seen });
    }
    result.extra += extracted.length - matched;
  }
  result.ratio = result.planted === 0 ? 1 : result.right / result.planted;
  return result;
}

/** One line per miss, for a test failure message or a report. */
export function describeMisses(misses: readonly Miss[]): string {
  return misses
    .map(({ article, planted, outcome, got }) => {
      const want = `${planted.expected} ${planted.speaker ?? "null"} (${planted.speakerName})`;
      const found = got
        ? `got ${got.speaker ?? "null"} (${got.speakerName ?? "no name"}, ${got.attribution}, ${got.level}, ${got.source}) in: ${got.context}`
        : "not found";
      return `${outcome.toUpperCase()} ${article} [${planted.pattern}] want ${want}, ${found}\n    “${planted.text}”`;
    })
    .join("\n");
}

/** A table of tallies, one row per key (most planted first), with shares of `total` and the right, wrong and none rates. */
export function tallyTable(title: string, tallies: ReadonlyMap<string, Tally>, total: number): string {
  const pct = (n: number, of: number): string => (of === 0 ? "-" : `${((n / of) * 100).toFixed(1)}%`);
  const rows = [...tallies].sort((a, b) => b[1].planted - a[1].planted);
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(8))).join(" ");
  return [
    line([title, "planted", "share", "right", "wrong", "none", "right%", "wrong%"]),
    ...rows.map(([key, t]) =>
      line([
        key,
        String(t.planted),
        pct(t.planted, total),
        String(t.right),
        String(t.wrong),
        String(t.none),
        pct(t.right, t.planted),
        pct(t.wrong, t.planted),
      ]),
    ),
  ].join("\n");
}
