import { z } from "zod";
import { idSchema, textSchema } from "./common.ts";

/** An editor's correction of one extracted quote, found by a piece of its text. */
export const quoteFixSchema = z
  .object({
    /** A piece of the quote's text that identifies it (the first words are enough). */
    match: textSchema,
    /** The right speaker id, or null when the speaker is not in the registry. */
    speaker: idSchema.nullable().optional(),
    /** The speaker's name as text, for a speaker not in the registry. */
    speakerName: textSchema.optional(),
    /** The right reporting verb. */
    verb: textSchema.optional(),
  })
  .strict();

/** A quote the extractor missed, added by an editor. */
export const quoteAdditionSchema = z
  .object({
    /** The quoted words, exactly as in the body. */
    text: textSchema,
    /** Speaker id, or null with `speakerName`. */
    speaker: idSchema.nullable(),
    /** The speaker's name as text. */
    speakerName: textSchema.optional(),
    /** The reporting verb, if any. */
    verb: textSchema.optional(),
  })
  .strict();

/** An editor's choice of the topics one quote is filed under. */
export const quoteTopicsSchema = z
  .object({
    /** A piece of the quote's text that identifies it. */
    match: textSchema,
    /** Topic ids from `content/topics.yaml`; they replace what the keywords would give. */
    topics: z.array(idSchema).min(1, "name at least one topic id"),
  })
  .strict();

/** `quotes:` in an article's front matter: corrections to what the extractor found. */
export const quoteOverrideSchema = z
  .object({
    /** Fix the speaker or verb of a quote. */
    fix: z.array(quoteFixSchema).default([]),
    /** Pieces of text identifying spans that are not quotes (a title, a slogan). */
    exclude: z.array(textSchema).default([]),
    /** Quotes the extractor missed. */
    add: z.array(quoteAdditionSchema).default([]),
    /**
     * Pieces of text identifying quotes whose speaker the editor has checked: a likely speaker
     * becomes certain, and an unconfirmed quote takes the extractor's candidate (see `report`).
     */
    confirm: z.array(textSchema).default([]),
    /** Topics chosen by the editor for single quotes, instead of what the topics' keywords give. */
    topics: z.array(quoteTopicsSchema).default([]),
  })
  .strict();

/** The quote overrides of one article. */
export type QuoteOverrides = z.infer<typeof quoteOverrideSchema>;
