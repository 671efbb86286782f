import { parseArchiveDate, type ArchiveDate } from "../dates/kst.ts";
import { ContentError, problem } from "../errors.ts";
import type { Arrangement } from "./arrangeLines.ts";
import { EMAIL_SOURCE } from "./byline.ts";
import { splitDatePrefix } from "./dates/datePrefix.ts";
import { dateFromUrl } from "./dates/urlDate.ts";
import { findDates, parseKoreanDate, type ReadDate } from "./koreanDate.ts";
import { isCaptionLine, placedLines } from "./placedLines.ts";
import type { ImportOptions, Undecided } from "./types.ts";

/** The note for an article whose copy shows no date (the archive's wording). */
export const NO_DATE_NOTE = "원문 사본에 게재일 표기가 없다.";

/** The import options the date depends on: the year folder, and (soon in ImportOptions) `--published` and `--url`. */
export interface DatingOptions extends ImportOptions {
  /** The editor's `--published` (ISO 8601 or a printed date such as `2024.03.05 11:40`, KST): wins over the text. */
  published?: string | undefined;
  /** The page address (`--url`): a day in it (`/2024/01/02/`) is the last resort, below any date in the text. */
  url?: string | undefined;
}

/**
 * How sure the date is: `time` a date and time printed as the publication (or `--published` with a
 * time); `day` a day only, from the text, the page's metadata or `--published` (no time is made up);
 * `caption` a day read only from a photo caption; `url` a day read only from the page address;
 * `none` no date.
 */
export type DateCertainty = "time" | "day" | "caption" | "url" | "none";

/** When an article was published, as far as the text tells, how sure that is, and the year folder it goes in. */
export interface Dating {
  /** ISO 8601 in KST (`2024-03-05T11:40:00+09:00`), a day alone (`2024-03-05`), or null. */
  published: string | null;
  /** What is known about the date when published is null, or how an uncertain one was read. */
  dateNote?: string | undefined;
  /** The publication day in KST, `YYYY-MM-DD`, or null. */
  kstDate: string | null;
  /** The year folder: the date's KST year, the year given, or null (the article goes to `articles/undated/`). */
  year: number | null;
  /** How sure and how precise published is. */
  certainty: DateCertainty;
  /** Where it was read, for the editor: `byline (line 4): 승인 2020.09.14 10:35`, `--published`; null without a date. */
  from: string | null;
}

/** A date the page gives, where, and how far it can be trusted. */
interface Found {
  printed: string;
  date: ReadDate | null;
  from: string;
  kind: "flag" | "text" | "caption" | "url";
}

const DATE_THEN_EMAIL = new RegExp(String.raw`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s+${EMAIL_SOURCE}`, "u");

/**
 * Every date the page gives for its publication, best first: the editor's `--published`; a labelled
 * byline date (`입력`, `승인`, `등록`, `송고시간`, …; never `수정`/`업데이트`); a byline date without a
 * label (`2023년 06월 15일(목) 15:08`, `홍길동 2023. 7. 18. 09:52`), above the article before below it;
 * the page's ` date 2025-09-03` metadata prefix; a date in a photo caption; a day in the page address.
 */
function datesGiven(arranged: Arrangement, options: DatingOptions): Found[] {
  const found: Found[] = [];
  if (options.published !== undefined) {
    found.push({
      printed: options.published,
      date: parseKoreanDate(options.published),
      from: "--published",
      kind: "flag",
    });
  }
  const dated = arranged.bylines.filter((b) => b.byline.published);
  const ranked = [
    ...dated.filter((b) => b.byline.published?.labeled),
    ...dated.filter((b) => !b.byline.published?.labeled && !b.inFooter),
    ...dated.filter((b) => !b.byline.published?.labeled && b.inFooter),
  ];
  for (const b of ranked) {
    const printed = b.byline.published;
    if (printed)
      found.push({ printed: printed.text, date: printed.date, from: `byline (line ${b.line})`, kind: "text" });
  }
  const lines = placedLines(arranged);
  const prefixLine = lines.find((l) => splitDatePrefix(l.text) !== null);
  const prefixed = splitDatePrefix(prefixLine?.text ?? arranged.title);
  if (prefixed) {
    const from = `page metadata${prefixLine === undefined ? "" : ` (line ${prefixLine.line})`}`;
    found.push({ printed: `date ${prefixed.date}`, date: parseKoreanDate(prefixed.date), from, kind: "text" });
  }
  for (const l of lines) {
    if (!isCaptionLine(l) && !DATE_THEN_EMAIL.test(l.text)) continue;
    const first = findDates(l.text)[0];
    if (first)
      found.push({
        printed: first.text,
        date: dayOf(first.date),
        from: `photo caption (line ${l.line})`,
        kind: "caption",
      });
  }
  const fromUrl = options.url === undefined ? null : dateFromUrl(options.url);
  if (fromUrl) found.push({ printed: options.url ?? "", date: { iso: fromUrl }, from: "page address", kind: "url" });
  return found;
}

/** A caption's date stands for the day only: its time is the photo's, not the article's. */
function dayOf(date: ReadDate): ReadDate {
  return "iso" in date ? { iso: date.iso.slice(0, 10) } : date;
}

function certaintyOf(found: Found, date: ArchiveDate): DateCertainty {
  if (found.kind === "caption" || found.kind === "url") return found.kind;
  return date.hasTime ? "time" : "day";
}

/**
 * Reads the publication date (KST) from what the page gives, best first (see datesGiven): the
 * editor's `--published` wins, a printed publication date comes next, a date from a photo caption
 * or the page address is a last resort, kept as a day and flagged for the editor. A day without a
 * time is written alone (`2025-09-03`). Without any date, published is null with a dateNote and an
 * open question, filed under the year the editor gave or none (an undated article). Throws a
 * ContentError only for an unreadable `--published`, or a `--published` or printed date in another
 * year than `--year`.
 */
export function datePublished(
  arranged: Arrangement,
  options: DatingOptions,
  file: string,
  undecided: Undecided[],
): Dating {
  const found = datesGiven(arranged, options);
  const best = found[0];
  if (best?.kind === "flag" && (best.date === null || "problem" in best.date)) {
    const why = best.date === null ? "is not a date" : `cannot be a date: ${best.date.problem}`;
    throw new ContentError([
      problem(
        { file, field: "published" },
        `--published ${best.printed} ${why}`,
        "give --published as 2024-03-05 or 2024-03-05T11:40 (KST), or leave it out to read the date from the text",
      ),
    ]);
  }
  const date = best?.date;
  const parsed = date && "iso" in date ? parseArchiveDate(date.iso) : null;
  if (best && parsed && typeof parsed !== "string") {
    if (options.year !== undefined && options.year !== parsed.kstYear) {
      if (best.kind === "caption" || best.kind === "url") return undated(options, undecided, best, parsed.kstYear);
      throw new ContentError([
        problem(
          { file, field: "published" },
          `the ${best.kind === "flag" ? "--published date" : "text"} is dated ${best.printed} (${parsed.kstYear}, KST) but --year ${options.year} was given`,
          "leave out --year: the year folder follows the date",
        ),
      ]);
    }
    noteDisagreement(found, best, parsed, undecided);
    const certainty = certaintyOf(best, parsed);
    const dating: Dating = {
      published: parsed.iso,
      kstDate: parsed.kstDate,
      year: parsed.kstYear,
      certainty,
      from: `${best.from}: ${best.printed}`,
    };
    if (certainty === "caption") {
      undecided.push({
        field: "published",
        message: `the text shows no publication date; ${parsed.kstDate} was read from a photo caption (${best.from}: ${best.printed}), which may be the day the photo was taken: check the date on the page`,
      });
      dating.dateNote = `원문 사본에 게재일 표기가 없어 사진 설명에 적힌 날짜(${best.printed})를 게재일로 보았다.`;
    } else if (certainty === "url") {
      undecided.push({
        field: "published",
        message: `the text shows no publication date; ${parsed.kstDate} was read from the page address (${best.printed}): check the date on the page`,
      });
      dating.dateNote = `원문 사본에 게재일 표기가 없어 기사 주소에 든 날짜(${parsed.kstDate})를 게재일로 보았다.`;
    }
    return dating;
  }
  const impossible = best && date && "problem" in date ? `${best.printed}: ${date.problem}` : undefined;
  undecided.push({
    field: "published",
    message: impossible
      ? `the date in the text cannot be read (${impossible}); published is null: correct it by hand if the page shows the date`
      : "the text shows no publication date; published is null and dateNote says so: add to dateNote what the text tells about the date",
  });
  const dateNote = impossible ? `${NO_DATE_NOTE} 적힌 날짜(${best?.printed})는 있을 수 없는 날짜다.` : NO_DATE_NOTE;
  return { published: null, dateNote, kstDate: null, year: options.year ?? null, certainty: "none", from: null };
}

/** An uncertain date in another year than `--year`: the editor's year wins, and the date is left open. */
function undated(options: DatingOptions, undecided: Undecided[], found: Found, year: number): Dating {
  undecided.push({
    field: "published",
    message: `the text shows no publication date; the ${found.from} gives ${found.printed} (${year}), which disagrees with --year ${options.year}, so published is null: check the date on the page`,
  });
  return {
    published: null,
    dateNote: NO_DATE_NOTE,
    kstDate: null,
    year: options.year ?? null,
    certainty: "none",
    from: null,
  };
}

/**
 * An open question when two good sources name different days: `--published` and the text's own
 * date, or the page's ` date …` metadata and the page address. A printed byline date is not weighed
 * against the address (an address may carry the day the article was filed) nor against other byline
 * dates (a related-article list has dates of its own), and captions may show other days.
 */
function noteDisagreement(found: readonly Found[], best: Found, kept: ArchiveDate, undecided: Undecided[]): void {
  const firstText = found.find((f) => f.kind === "text");
  const metadata = (f: Found): boolean => f.from.startsWith("page metadata");
  const other = best.kind === "flag" ? firstText : metadata(best) ? found.find((f) => f.kind === "url") : undefined;
  if (other === undefined || !other.date || !("iso" in other.date)) return;
  const day = parseArchiveDate(other.date.iso);
  if (typeof day === "string" || day.kstDate === kept.kstDate) return;
  undecided.push({
    field: "published",
    message: `the ${best.from} gives ${best.printed} but the ${other.from} gives ${other.printed} (${day.kstDate}); kept ${kept.iso}: correct it if the page says otherwise`,
  });
}
