import { KST_OFFSET, parseArchiveDate, type ArchiveDate } from "../dates/kst.ts";
import { problem, type ContentProblem } from "../errors.ts";
import type { ArticleDraft } from "../schemas/article.ts";
import type { Quote } from "../schemas/quote.ts";
import { correctionNamesQuote } from "./corrections.ts";

/** The KST calendar date of an instant, `YYYY-MM-DD`. */
function kstDateOf(epochMs: number): string {
  return parseKst(new Date(epochMs).toISOString()).kstDate;
}

function parseKst(iso: string): ArchiveDate {
  const parsed = parseArchiveDate(iso);
  if (typeof parsed === "string") throw new Error(`unreachable: ${parsed}`);
  return parsed;
}

/**
 * Is `correction` earlier than `published`? A correction given as a day alone is compared by KST
 * day (a same-day correction of an article published at 18:24 is not early); with a time, by instant.
 */
function isBefore(correction: ArchiveDate, published: ArchiveDate): boolean {
  if (!correction.hasTime || !published.hasTime) return correction.kstDate < published.kstDate;
  return correction.epochMs < published.epochMs;
}

/** Is `correction` later than the instant `now`? A day alone is compared with today's KST date. */
function isAfter(correction: ArchiveDate, now: number): boolean {
  if (!correction.hasTime) return correction.kstDate > kstDateOf(now);
  return correction.epochMs > now;
}

/**
 * The problems of an article's `corrections:` list, each naming the file, the line and the field:
 * a date before the article's publication (or, for an article of unknown date, before the year it
 * is filed under), a date after `now` (the build's clock, given by its caller; not checked without it) (a correction cannot have been made yet: such a date is a
 * typo, and it is an error rather than a warning so that it is found again on every run instead of
 * being kept with the article between builds), and a `quote` piece that matches none of `quotes`,
 * the article's quotes once its `quotes:` overrides are applied (matched as `quotes: fix: match:` is).
 */
export function correctionProblems(
  parsed: {
    article: Pick<ArticleDraft, "file" | "published" | "year" | "corrections">;
    lineOf(path: readonly (string | number)[]): number;
  },
  quotes: readonly Pick<Quote, "text">[],
  now: number | undefined,
): ContentProblem[] {
  const { article, lineOf } = parsed;
  const problems: ContentProblem[] = [];
  const published = article.published === null ? null : parseArchiveDate(article.published);
  const at = (index: number, field: string) => {
    const path = ["corrections", index, field];
    return { file: article.file, line: lineOf(path), field: path.join(".") };
  };
  article.corrections.forEach((correction, index) => {
    const date = parseArchiveDate(correction.date);
    if (typeof date === "string") return; // the schema has refused it already
    if (published !== null && typeof published !== "string" && isBefore(date, published)) {
      problems.push(
        problem(
          at(index, "date"),
          `the correction is dated ${date.iso}, before the article was published (${published.iso})`,
          "write the date the correction was made (on or after the publication date), or correct `published`",
        ),
      );
    } else if (published === null && article.year !== null && date.kstYear < article.year) {
      problems.push(
        problem(
          at(index, "date"),
          `the correction is dated ${date.iso}, before ${article.year}, the year the article is filed under`,
          `write the date the correction was made (in ${article.year} or later), or move the article to its year's folder`,
        ),
      );
    }
    if (now !== undefined && isAfter(date, now)) {
      problems.push(
        problem(
          at(index, "date"),
          `the correction is dated ${date.iso}, after today (${kstDateOf(now)} KST)`,
          `write the date the correction was made; a date without an offset is read as KST (${KST_OFFSET})`,
        ),
      );
    }
    const piece = correction.quote;
    if (piece !== undefined && !quotes.some((quote) => correctionNamesQuote({ quote: piece }, quote))) {
      problems.push(
        problem(
          at(index, "quote"),
          `quote “${piece}” matches no quote of this article`,
          "copy a piece of the quote's text as it is now (the first words are enough; see the extraction report), or remove `quote:` if the correction concerns no single quote",
        ),
      );
    }
  });
  return problems;
}
