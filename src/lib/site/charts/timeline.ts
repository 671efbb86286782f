import { parseArchiveDate } from "../../dates/kst.ts";
import type { Quote } from "../../schemas/quote.ts";

/**
 * How a series is drawn: `s1`…`s4` the four largest named series (each its colour and pattern),
 * `other` the rest taken together, `none` the quotes with no key (no topic, no known speaker).
 */
export type SeriesStyle = "s1" | "s2" | "s3" | "s4" | "other" | "none";

/** One series of a timeline chart: a topic, a speaker, the rest, or none. */
export interface ChartSeries {
  style: SeriesStyle;
  /** What readers see in the legend and the table, e.g. `청렴행정`, `이용섭`, `그 밖의 주제`. */
  label: string;
  /** The series' page (a topic's, a speaker's), when it has one. */
  href?: string;
  /** Quotes counted in this series, dated or not. */
  total: number;
}

/** One bar of a timeline chart: a KST month or year. */
export interface ChartPeriod {
  /** `2021-01` for a month, `2021` for a year. */
  key: string;
  /** For readers: `2021년 1월`, `2021년`. */
  label: string;
  /** Quotes per series, in the order of the chart's `series`. */
  counts: number[];
  /** All quotes of the period. */
  total: number;
}

/**
 * Quotes over time: one bar per KST month (per year when the dated quotes span more than
 * {@link MAX_MONTHS} months), stacked by series. Plain data, so a page model can carry it.
 */
export interface TimelineChart {
  unit: "month" | "year";
  /** The series drawn, largest named first, then `other` and `none` when they have quotes. */
  series: ChartSeries[];
  /** Every period from the first dated quote's to the last's, empty ones included, oldest first. */
  periods: ChartPeriod[];
  /** Undated quotes per series (never put in a period). */
  undated: number[];
  undatedTotal: number;
  /** All quotes counted, dated or not. */
  total: number;
}

/** A chart of months shows at most this many bars; a longer span is shown by years. */
export const MAX_MONTHS = 36;

/** How many named series a chart draws before it puts the rest together. */
export const NAMED_SERIES = 4;

const NAMED_STYLES: readonly SeriesStyle[] = ["s1", "s2", "s3", "s4"];

/** What a series key stands for: its label and page. */
export interface SeriesInfo {
  label: string;
  href?: string;
}

/** How quotes are put into series. */
export interface SeriesRule<Q> {
  /** The keys a quote may be counted under (its topics, its speaker); none puts it in `none`. */
  keysOf: (quote: Q) => readonly string[];
  /** The label and page of a key. */
  infoOf: (key: string) => SeriesInfo;
  /** Labels of the rest taken together and of quotes with no key. */
  otherLabel: string;
  noneLabel: string;
}

/** KST months of stored `published` values: quotes of one article share it, so each is read once. */
const monthCache = new Map<string, string | null>();

/** The KST month (`YYYY-MM`) of a stored `published` value, or null when it is null or not a date. */
export function kstMonthOf(published: string | null): string | null {
  if (published === null) return null;
  let month = monthCache.get(published);
  if (month === undefined) {
    const parsed = parseArchiveDate(published);
    month = typeof parsed === "string" ? null : parsed.kstDate.slice(0, 7);
    monthCache.set(published, month);
  }
  return month;
}

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthKey = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
const monthLabel = (key: string): string => `${Number(key.slice(0, 4))}년 ${Number(key.slice(5, 7))}월`;

/**
 * The timeline of `quotes` (a speaker's, a topic's), in a few passes over them and their keys.
 * Each quote is counted once: under the one of its keys that most of the quotes share (ties go to
 * the key listed first), so the bars add up to the number of quotes. The {@link NAMED_SERIES} keys
 * most quotes are counted under are drawn as their own series (most first), the rest together.
 * Months are KST; an undated quote is counted apart. Null when there are no quotes.
 */
export function timelineChart<Q extends Pick<Quote, "published">>(
  quotes: readonly Q[],
  rule: SeriesRule<Q>,
): TimelineChart | null {
  if (quotes.length === 0) return null;
  // How many quotes share each key; each quote's own key is the most shared of its keys.
  const keyCounts = new Map<string, number>();
  for (const quote of quotes) {
    for (const key of new Set(rule.keysOf(quote))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  }
  const ownKey = (quote: Q): string | null => {
    let best: string | null = null;
    for (const key of rule.keysOf(quote)) {
      if (best === null || (keyCounts.get(key) ?? 0) > (keyCounts.get(best) ?? 0)) best = key;
    }
    return best;
  };
  const counted = quotes.map((quote) => ({ key: ownKey(quote), month: kstMonthOf(quote.published) }));

  // The series: the keys most quotes are counted under, then the rest, then quotes with no key.
  const ownCounts = new Map<string, number>();
  for (const { key } of counted) if (key !== null) ownCounts.set(key, (ownCounts.get(key) ?? 0) + 1);
  const ranked = [...ownCounts].sort((a, b) => b[1] - a[1]);
  const named = ranked.slice(0, NAMED_SERIES).map(([key]) => key);
  const series: ChartSeries[] = named.map((key, index) => {
    const { label, href } = rule.infoOf(key);
    const style = NAMED_STYLES[index] ?? "other";
    return { style, label, ...(href === undefined ? {} : { href }), total: ownCounts.get(key) ?? 0 };
  });
  const rest = ranked.slice(NAMED_SERIES).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) series.push({ style: "other", label: rule.otherLabel, total: rest });
  const noKey = counted.filter(({ key }) => key === null).length;
  if (noKey > 0) series.push({ style: "none", label: rule.noneLabel, total: noKey });
  const columnOfKey = new Map(named.map((key, index) => [key, index]));
  const otherColumn = named.length;
  const noneColumn = named.length + (rest > 0 ? 1 : 0);
  const columnOf = (key: string | null): number => (key === null ? noneColumn : (columnOfKey.get(key) ?? otherColumn));

  const undated = new Array<number>(series.length).fill(0);
  const dated: { month: number; column: number }[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const { key, month } of counted) {
    const column = columnOf(key);
    if (month === null) {
      undated[column] = (undated[column] ?? 0) + 1;
      continue;
    }
    const index = monthIndex(month);
    first = Math.min(first, index);
    last = Math.max(last, index);
    dated.push({ month: index, column });
  }

  const unit = dated.length > 0 && last - first + 1 > MAX_MONTHS ? "year" : "month";
  const periodOf = unit === "year" ? (month: number) => Math.floor(month / 12) : (month: number) => month;
  const periods: ChartPeriod[] = [];
  if (dated.length > 0) {
    const start = periodOf(first);
    for (let p = start; p <= periodOf(last); p++) {
      const key = unit === "year" ? String(p).padStart(4, "0") : monthKey(p);
      periods.push({
        key,
        label: unit === "year" ? `${Number(key)}년` : monthLabel(key),
        counts: new Array<number>(series.length).fill(0),
        total: 0,
      });
    }
    for (const { month, column } of dated) {
      const period = periods[periodOf(month) - start];
      if (period === undefined) continue;
      period.counts[column] = (period.counts[column] ?? 0) + 1;
      period.total += 1;
    }
  }
  return {
    unit,
    series,
    periods,
    undated,
    undatedTotal: undated.reduce((sum, n) => sum + n, 0),
    total: quotes.length,
  };
}
