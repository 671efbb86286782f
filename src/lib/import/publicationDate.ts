import { parseArchiveDate } from "../dates/kst.ts";
import { ContentError, problem } from "../errors.ts";
import type { Arrangement } from "./arrangeLines.ts";
import type { ImportOptions, Undecided } from "./types.ts";

/** The note for an article whose copy shows no date (the archive's wording). */
export const NO_DATE_NOTE = "원문 사본에 게재일 표기가 없다.";

/** When an article was published, as far as the text tells, and the year folder it goes in. */
export interface Dating {
  published: string | null;
  dateNote?: string | undefined;
  kstDate: string | null;
  /** The year folder: the date's KST year, the year given, or null (the article goes to `articles/undated/`). */
  year: number | null;
}

/**
 * Reads the publication date from the byline (`승인 …`, `입력 …`, in KST). Without one, published is
 * null with a dateNote and an open question, filed under the year the editor gave or none (an
 * undated article); a date that disagrees with the given year is an error.
 */
export function datePublished(
  arranged: Arrangement,
  options: ImportOptions,
  file: string,
  undecided: Undecided[],
): Dating {
  const printed = arranged.bylines.find((b) => b.byline.published)?.byline.published;
  const date = printed?.date;
  const parsed = date && "iso" in date ? parseArchiveDate(date.iso) : null;
  if (parsed && typeof parsed !== "string") {
    if (options.year !== undefined && options.year !== parsed.kstYear) {
      throw new ContentError([
        problem(
          { file, field: "published" },
          `the text is dated ${printed?.text} (${parsed.kstYear}, KST) but --year ${options.year} was given`,
          "leave out --year: the year folder follows the date in the text",
        ),
      ]);
    }
    return { published: parsed.iso, kstDate: parsed.kstDate, year: parsed.kstYear };
  }
  const impossible = printed && date && "problem" in date ? `${printed.text}: ${date.problem}` : undefined;
  undecided.push({
    field: "published",
    message: impossible
      ? `the date in the text cannot be read (${impossible}); published is null: correct it by hand if the page shows the date`
      : "the text shows no publication date; published is null and dateNote says so: add to dateNote what the text tells about the date",
  });
  const dateNote = impossible ? `${NO_DATE_NOTE} 적힌 날짜(${printed?.text})는 있을 수 없는 날짜다.` : NO_DATE_NOTE;
  return { published: null, dateNote, kstDate: null, year: options.year ?? null };
}
