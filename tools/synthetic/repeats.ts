import { OUTLETS } from "./banks/names.ts";
import { TOPIC_BANK } from "./banks/topics.ts";
import { createRng, type Rng } from "./random.ts";
import { editQuote, nearMiss, type RepeatEdit } from "./repeatEdits.ts";
import type { ArticleTruth, GeneratedFile } from "./types.ts";

/** How many re-reports and near misses to plant (shares of all articles). */
export interface RepeatOptions {
  /** Share of articles that reprint an earlier article's statements (another outlet, 0–7 days later). */
  reprints: number;
  /** Share of articles that repeat one earlier quote of the same speaker (1–20 days later). */
  quotes: number;
  /** Share of articles that carry a near miss of an earlier quote (same speaker and frame, other words, 1–20 days later). */
  nearMisses: number;
}

/** The truth about one planted quote's statement. */
export interface StatementTruth {
  /** Statement id: `<article id>#<index>` of the first report; equal ids are the same statement. */
  statement: string;
  /**
   * How this report was made: `original`, `near-miss`, the edit of a repeat, or `same-words`: the
   * generator gave the same speaker the same words again within the window by chance, which a
   * reader takes for the same statement (see sameWordsAsOneStatement).
   */
  how: "original" | "near-miss" | "same-words" | RepeatEdit;
}

/** Days within which one speaker's same words are one statement (the clusterer's default window). */
const SAME_WORDS_DAYS = 30;

/** What planting changed: the files, their truth and the statement of every planted quote. */
export interface PlantedRepeats {
  articles: GeneratedFile[];
  truth: ArticleTruth[];
  /** Per article, per planted quote (same order as `truth`). */
  statements: StatementTruth[][];
}

const NOUNS = [...new Set(TOPIC_BANK.flatMap((topic) => topic.nouns))];
const PUBLISHED = /^published: (\d{4})-(\d{2})-(\d{2})(T[^\n]*)$/mu;
const pad = (n: number): string => String(n).padStart(2, "0");

/** The date `days` after `y-m-d`, by calendar arithmetic in UTC (no machine zone involved). */
function addDays(y: number, m: number, d: number, days: number): { date: string; year: number } {
  const at = new Date(Date.UTC(y, m - 1, d + days));
  const year = at.getUTCFullYear();
  return { date: `${year}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`, year };
}

/** An article's date, or null when undated. */
function dateOf(file: GeneratedFile): { y: number; m: number; d: number; time: string } | null {
  const match = PUBLISHED.exec(file.text);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), time: match[4] as string } : null;
}

/**
 * Moves an article to `days` after `source`'s date (front matter, id and path), gives it `outlet`
 * when set, and renumbers policy ids to its own serial, so ids stay unique.
 */
function redate(
  file: GeneratedFile,
  id: string,
  source: NonNullable<ReturnType<typeof dateOf>>,
  days: number,
  serial: string,
  outlet?: string,
): { file: GeneratedFile; id: string } {
  const { date, year } = addDays(source.y, source.m, source.d, days);
  const rest = id.replace(/^(?:\d{4}-\d{2}-\d{2}|undated-\d{4})-/u, "").replace(/-\d{5}$/u, "");
  const newId = `${date}-${rest}-${serial}`;
  let text = file.text.replace(PUBLISHED, `published: ${date}${source.time}`);
  if (outlet) text = text.replace(/^outlet: .*$/mu, `outlet: ${outlet}`);
  text = text.replace(/^(\s+- id: [a-z0-9-]+?-)\d{5}(-\d+)$/gmu, `$1${serial}$2`);
  return { file: { path: `articles/${year}/${newId}.md`, text }, id: newId };
}

/** Replaces the planted quotes' words in the body, in reading order. */
function rewriteQuotes(text: string, from: readonly string[], to: readonly string[]): string {
  const bodyStart = text.indexOf("\n---\n") + 5;
  let out = text.slice(0, bodyStart);
  let rest = text.slice(bodyStart);
  from.forEach((words, k) => {
    const at = rest.indexOf(words);
    if (at < 0) return;
    out += rest.slice(0, at) + (to[k] ?? words);
    rest = rest.slice(at + words.length);
  });
  return out + rest;
}

/** Earlier dated quotes of a registered speaker: article index and quote index. */
type SpeakerIndex = Map<string, Array<{ article: number; quote: number }>>;

/**
 * Plants repeats into a generated archive (article `i` is changed only by its own stream
 * `repeat:<i>`, so the same seed gives the same corpus): some articles become another outlet's
 * reprint of an earlier article (every quote verbatim or slightly edited, 0–7 days later); some
 * repeat one earlier quote of the same speaker (1–20 days later); some carry a near miss of one
 * (the same frame, another noun or number), which is a different statement. Returns the files, the
 * truth (the planted words as printed) and each quote's statement.
 */
export function plantRepeats(
  seed: number,
  articles: readonly GeneratedFile[],
  truth: readonly ArticleTruth[],
  options: RepeatOptions,
): PlantedRepeats {
  const outFiles: GeneratedFile[] = [];
  const outTruth: ArticleTruth[] = [];
  const statements: StatementTruth[][] = [];
  const bySpeaker: SpeakerIndex = new Map();
  articles.forEach((original, i) => {
    const rng: Rng = createRng(seed, `repeat:${i}`);
    const own = truth[i] as ArticleTruth;
    let file = original;
    let article: ArticleTruth = own;
    let marks: StatementTruth[] = own.quotes.map((_, k) => ({ statement: `${own.article}#${k}`, how: "original" }));
    const serial = String(i).padStart(5, "0");
    const roll = rng.next();
    if (i > 0 && roll < options.reprints) {
      const j = rng.int(Math.max(0, i - 400), i - 1);
      const source = outFiles[j] as GeneratedFile;
      const sourceDate = dateOf(source);
      const sourceTruth = outTruth[j] as ArticleTruth;
      if (sourceDate && sourceTruth.quotes.length > 0) {
        const outlet = rng.pick(OUTLETS.filter((o) => !source.text.includes(`\noutlet: ${o}\n`)));
        const moved = redate(source, sourceTruth.article, sourceDate, rng.int(0, 7), serial, outlet);
        const edits = sourceTruth.quotes.map((q) =>
          rng.chance(0.6) ? editQuote(rng, q.text) : { text: q.text, edit: "verbatim" as const },
        );
        file = {
          path: moved.file.path,
          text: rewriteQuotes(
            moved.file.text,
            sourceTruth.quotes.map((q) => q.text),
            edits.map((e) => e.text),
          ),
        };
        article = {
          article: moved.id,
          quotes: sourceTruth.quotes.map((q, k) => ({ ...q, text: (edits[k] as { text: string }).text })),
        };
        marks = edits.map((e, k) => ({
          statement: (statements[j] as StatementTruth[])[k]?.statement ?? "",
          how: e.edit,
        }));
      }
    } else if (i > 0 && roll < options.reprints + options.quotes + options.nearMisses) {
      const near = roll >= options.reprints + options.quotes;
      const ownDated = dateOf(original);
      const slots = own.quotes.flatMap((q, k) => (q.speaker && bySpeaker.has(q.speaker) ? [k] : []));
      if (ownDated && slots.length > 0) {
        const k = rng.pick(slots);
        const target = own.quotes[k] as ArticleTruth["quotes"][number];
        const pick = rng.pick(bySpeaker.get(target.speaker as string) ?? []);
        const sourceQuote = (outTruth[pick.article] as ArticleTruth).quotes[pick.quote];
        const sourceDate = dateOf(outFiles[pick.article] as GeneratedFile);
        const edited = sourceQuote && !near ? editQuote(rng, sourceQuote.text) : null;
        const changed = sourceQuote ? (edited ? edited.text : nearMiss(rng, sourceQuote.text, NOUNS)) : null;
        if (sourceQuote && sourceDate && changed !== null && !own.quotes.some((q) => q.text === changed)) {
          const moved = redate(original, own.article, sourceDate, rng.int(1, 20), serial);
          const words = own.quotes.map((q, n) => (n === k ? changed : q.text));
          file = {
            path: moved.file.path,
            text: rewriteQuotes(
              moved.file.text,
              own.quotes.map((q) => q.text),
              words,
            ),
          };
          article = { article: moved.id, quotes: own.quotes.map((q, n) => (n === k ? { ...q, text: changed } : q)) };
          marks = own.quotes.map((_, n) => ({ statement: `${moved.id}#${n}`, how: "original" }));
          marks[k] = edited
            ? {
                statement: (statements[pick.article] as StatementTruth[])[pick.quote]?.statement ?? "",
                how: edited.edit,
              }
            : { statement: `${moved.id}#${k}`, how: "near-miss" };
        }
      }
    }
    if (article === own) marks = own.quotes.map((_, k) => ({ statement: `${own.article}#${k}`, how: "original" }));
    outFiles.push(file);
    outTruth.push(article);
    statements.push(marks);
    if (dateOf(file))
      article.quotes.forEach((q, k) => {
        if (!q.speaker) return;
        const list = bySpeaker.get(q.speaker) ?? [];
        list.push({ article: i, quote: k });
        bySpeaker.set(q.speaker, list.length > 300 ? list.slice(-200) : list);
      });
  });
  sameWordsAsOneStatement(outFiles, outTruth, statements);
  return { articles: outFiles, truth: outTruth, statements };
}

/**
 * The generator's sentences recur, so it sometimes gives a registered speaker the very words (spacing
 * aside) that speaker said in another article a few days before. A reader cannot tell those apart
 * and takes them for one statement reported twice, so the truth must too: such a quote, within
 * {@link SAME_WORDS_DAYS} days of the first of a run of the same words by the same speaker, joins
 * that one's statement (and so do the other reports of its own), marked `same-words`. Undated
 * articles are left alone (no day to compare).
 */
function sameWordsAsOneStatement(
  files: readonly GeneratedFile[],
  truth: readonly ArticleTruth[],
  statements: StatementTruth[][],
): void {
  const runs = new Map<string, Array<{ day: number; article: number; quote: number }>>();
  truth.forEach((article, i) => {
    const date = dateOf(files[i] as GeneratedFile);
    if (!date) return;
    const day = Date.UTC(date.y, date.m - 1, date.d) / 86_400_000;
    article.quotes.forEach((q, k) => {
      if (!q.speaker) return;
      const key = `${q.speaker}\n${q.text.replace(/\s+/gu, "")}`;
      const list = runs.get(key) ?? [];
      list.push({ day, article: i, quote: k });
      runs.set(key, list);
    });
  });
  const merged = new Map<string, string>();
  const root = (statement: string): string => {
    let at = statement;
    while (merged.has(at)) at = merged.get(at) as string;
    return at;
  };
  for (const list of runs.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.day - b.day || a.article - b.article);
    let first = list[0] as (typeof list)[number];
    for (const next of list.slice(1)) {
      if (next.day - first.day > SAME_WORDS_DAYS) {
        first = next;
        continue;
      }
      if (next.article === first.article) continue;
      const mark = statements[next.article]?.[next.quote];
      const firstStatement = root(statements[first.article]?.[first.quote]?.statement ?? "");
      if (!mark || root(mark.statement) === firstStatement) continue;
      merged.set(root(mark.statement), firstStatement);
      if (mark.how === "original") mark.how = "same-words";
    }
  }
  for (const marks of statements) for (const mark of marks) mark.statement = root(mark.statement);
}
