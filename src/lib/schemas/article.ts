import { z } from "zod";
import { httpUrlSchema, idSchema, isoDateSchema, textSchema } from "./common.ts";
import { correctionSchema } from "./correction.ts";
import { policyInputSchema } from "./policy.ts";
import { quoteOverrideSchema } from "./quoteOverride.ts";
import { warningCodeSchema } from "./warningCode.ts";

/** One open question the importer left in an article's front matter. */
export const reviewItemSchema = z
  .object({
    /** The front-matter field it concerns (`published`, `outlet`, `title`, …), or `body`. */
    field: z.string().min(1),
    /** What is open, and what the editor could do about it. */
    question: textSchema,
  })
  .strict();

/** The front matter of `content/articles/<year>/<id>.md`: what an editor writes. */
export const articleFrontMatterSchema = z
  .object({
    /** The headline exactly as published. */
    title: textSchema,
    /** The summary bullets or subtitle under the headline, in order, as published. */
    deck: z.array(textSchema).default([]),
    /**
     * When it was published: ISO 8601, e.g. `2019-10-02T18:24:00+09:00`. A time without an offset is
     * KST. `null` when the source shows no date; `dateNote` then says what is known.
     */
    published: isoDateSchema.nullable(),
    /** What is known about the date when `published` is null (or qualifies it). */
    dateNote: textSchema.optional(),
    /**
     * The outlet that published it, e.g. `프레시안`; `null` when the copy does not say (a `review`
     * entry then asks for it).
     */
    outlet: textSchema.nullable(),
    /** The reporter's name as the byline gives it; absent when the source names none. */
    reporter: textSchema.optional(),
    /** The web address of the original article, when known: http(s) only (see httpUrlSchema). */
    url: httpUrlSchema.optional(),
    /** When the text was copied from the source (ISO 8601 date). */
    retrieved: isoDateSchema.optional(),
    /** Ids of the people quoted or reported on, from `content/speakers.yaml`. */
    speakers: z.array(idSchema).default([]),
    /** Ids of its subjects, from `content/topics.yaml`. */
    topics: z.array(idSchema).default([]),
    /** Policy items the article reports, each with its figures. */
    policies: z.array(policyInputSchema).default([]),
    /** Corrections to the quote extractor for this article. */
    quotes: quoteOverrideSchema.default({}),
    /** Editorial notes shown apart from the text (what was left out, what is uncertain). */
    notes: z.array(textSchema).default([]),
    /**
     * Corrections made after publication, each with its date, what changed and (optionally) why,
     * the words as first published and the quote it concerns (see src/lib/schemas/correction.ts).
     */
    corrections: z.array(correctionSchema).default([]),
    /**
     * What the importer could not decide, for the editor: one entry per open question, naming the
     * front-matter field it concerns. `check` warns about each until it is answered and deleted;
     * `check --strict` fails while any is left.
     */
    review: z.array(reviewItemSchema).default([]),
    /**
     * Warnings an editor has checked and keeps because the text is faithful to the source (the
     * outlet closed a “ with a straight "), by code, e.g. `acknowledge: [mixed-quote-marks]`. Such a
     * warning is no longer printed by `build` or `check`; `check --all` lists it, and the counts
     * say how many were acknowledged. Codes: src/lib/schemas/warningCode.ts; an unknown one is an error.
     */
    acknowledge: z.array(warningCodeSchema).optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.published === null && data.dateNote === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["dateNote"],
        message: "published is null, so dateNote must say what is known about the date",
      });
    }
  });

/** One heading of an article body, for its outline. */
export const outlineEntrySchema = z.object({
  /** Heading level, 2 to 6. */
  depth: z.number().int().min(1).max(6),
  /** The heading's text. */
  text: z.string(),
  /** The anchor id on the article page. */
  slug: z.string(),
});

/** A parsed article: front matter validated, body rendered, everything derived that pages need. */
export const articleSchema = articleFrontMatterSchema.innerType().extend({
  /** Stable id: the file name without `.md`; the page is `/articles/<id>/`. */
  id: idSchema,
  /** Path of the source file, relative to the content folder. */
  file: z.string(),
  /** `published` normalised (`2019-10-02T18:24:00+09:00`), or null when unknown. */
  published: z.string().nullable(),
  /** The KST calendar date of publication, `YYYY-MM-DD`, or null. */
  publishedDate: z.string().nullable(),
  /** The year the article is filed under: the KST year of `published`, or its folder's year. */
  year: z.number().int().nullable(),
  /** Milliseconds since the epoch, for sorting; undated articles sort at the start of their year. */
  sortKey: z.number(),
  /** The body as Markdown, NFC, exactly as in the file. */
  body: z.string(),
  /** 1-based line of the file on which the body starts. */
  bodyLine: z.number().int().positive(),
  /** The body as plain text: paragraphs separated by blank lines, no Markdown syntax. */
  plainText: z.string(),
  /** The body's headings. */
  outline: z.array(outlineEntrySchema),
  /** The body rendered to sanitised HTML. */
  html: z.string(),
});

/** An article as parsed from its file, before its body is rendered. */
export const articleDraftSchema = articleSchema.omit({ html: true });

/** Front matter as an editor writes it (after defaults). */
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
/** A parsed article record. */
export type Article = z.infer<typeof articleSchema>;
/** A parsed article before rendering. */
export type ArticleDraft = z.infer<typeof articleDraftSchema>;
/** One open question of an article's `review` list. */
export type ReviewItem = z.infer<typeof reviewItemSchema>;
/** One outline entry. */
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;
