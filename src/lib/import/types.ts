import type { z } from "zod";
import type { articleFrontMatterSchema } from "../schemas/article.ts";
import type { Speaker } from "../schemas/speaker.ts";

/** A raw article as an editor copied or saved it, and the speaker registry to recognise names with. */
export interface ImportInput {
  /** The copied text or the saved HTML page. */
  text: string;
  /** The file it came from, as the editor named it (used in error messages). */
  fileName: string;
  /** Entries of `content/speakers.yaml`. */
  speakers: readonly Speaker[];
  /** `html` for a saved page, `text` for text copied from one. */
  format: "text" | "html";
}

/** What the editor decides instead of the importer. */
export interface ImportOptions {
  /** The article id (file name); default: `<YYYY-MM-DD>-<hash of the title>`. */
  id?: string | undefined;
  /** The year folder, for a text that shows no date. */
  year?: number | undefined;
  /** The page's address (`--url`): stored as the source URL; the outlet and a date may be read from it. */
  url?: string | undefined;
  /** The outlet (`--outlet`): wins over what the text says. */
  outlet?: string | undefined;
  /** The publication date (`--published`: ISO 8601 or a printed date such as `2024.03.05 11:40`; KST without an offset): wins over the text. */
  published?: string | undefined;
}

/** The front-matter fields the importer fills: the input shape of `articleFrontMatterSchema`. */
export type ImportedFrontMatter = Pick<
  z.input<typeof articleFrontMatterSchema>,
  | "title"
  | "deck"
  | "published"
  | "dateNote"
  | "outlet"
  | "reporter"
  | "url"
  | "speakers"
  | "topics"
  | "notes"
  | "review"
>;

/** A line of the source that is not in the body, and why. */
export interface RemovedLine {
  /** 1-based line of the source file. */
  line: number;
  /** The line's text (for a dropped HTML element, its text or its tag). */
  text: string;
  /** Why it was left out (and where it went, when it was read into the front matter). */
  reason: string;
}

/** Something the importer could not decide and the editor should look at. */
export interface Undecided {
  /** The front-matter field concerned, or `body`. */
  field: string;
  /** What is open, and what the editor could do. */
  message: string;
}

/** An imported article: front matter, Markdown body, where it goes, and an account of what was done. */
export interface ImportResult {
  /** Front matter, valid for `articleFrontMatterSchema`. */
  frontMatter: ImportedFrontMatter;
  /** The Markdown body: paragraphs separated by one blank line, ending with a line feed. */
  body: string;
  /** The article id: the file name without `.md`. */
  id: string;
  /** The year folder: the KST year of `published`, or the year given; null for an undated article (`articles/undated/`). */
  year: number | null;
  /** Every non-blank source line that is not in the body, in source order. */
  removed: RemovedLine[];
  /** What the importer left open. */
  undecided: Undecided[];
}

/** One line of the source, ready for the text pipeline. */
export interface SourceLine {
  /** 1-based line of the source file. */
  line: number;
  /** The line's text: NFC, white space at both ends removed; empty for a blank line. */
  text: string;
  /** What the HTML structure says the line is, when the source was HTML. */
  hint?: "headline" | "heading" | "caption" | undefined;
}

/** A value for a front-matter field and where in the text it was read. */
export interface Candidate {
  /** The value, e.g. `노현서`. */
  value: string;
  /** Where it was read, for the editor: `dateline`, `byline (line 3)`. */
  from: string;
  /** Why this evidence alone does not settle the field: asked of the editor when it is kept unopposed. */
  doubt?: string | undefined;
}
