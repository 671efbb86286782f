import { z } from "zod";
import { idSchema, textSchema } from "./common.ts";

/** Where a quote sits in its article's body. */
export const quotePositionSchema = z.object({
  /** 1-based line in the Markdown file. */
  line: z.number().int().positive(),
  /** 0-based offset of the opening mark in the article's plain text. */
  offset: z.number().int().nonnegative(),
  /** 0-based index of the paragraph in the body. */
  paragraph: z.number().int().nonnegative(),
});

/** A direct quote, derived from an article body (or added by an editor in front matter). */
export const quoteSchema = z.object({
  /** Stable id: article id plus a hash of the quote's own text, so other edits do not move it. */
  id: z.string().regex(/^[a-z0-9-]+--[a-z0-9]+(?:-\d+)?$/u),
  /** The quoted words, NFC, without the surrounding quote marks. */
  text: textSchema,
  /** Speaker id from `content/speakers.yaml`, or null when the name is not in the registry. */
  speaker: idSchema.nullable(),
  /** The name as the article writes it, kept even when no registry entry matches. */
  speakerName: z.string().nullable(),
  /** Id of the article. */
  article: idSchema,
  /** Publication date of the article (ISO 8601), or null when the source gives none. */
  published: z.string().nullable(),
  /** `body` for quotes in the text, `headline` for one in the title (usually a paraphrase). */
  kind: z.enum(["body", "headline"]),
  /** Id shared by the quoted spans that form one statement (`“…”면서 “…”고 주문했다`). */
  statement: z.string(),
  /** 0-based index of this span within its statement. */
  part: z.number().int().nonnegative(),
  /** The reporting verb that closes the statement, e.g. `강조했다`, or null when none was found. */
  verb: z.string().nullable(),
  /** Where it sits in the body; null for a headline quote. */
  position: quotePositionSchema.nullable(),
  /** The sentence around the quote, for context. */
  context: z.string(),
  /** `extracted` by the parser, or `editor` when added from front matter. */
  origin: z.enum(["extracted", "editor"]),
  /**
   * How the speaker was found: `named` before the quote, `after` it, `continued` by 이어/또한/그는…,
   * `carried` from the previous statement without any cue (uncertain), `unknown`, or set by an `editor`.
   */
  attribution: z.enum(["named", "after", "continued", "carried", "unknown", "editor"]),
  /** Ids of policy items the quote speaks of. */
  policies: z.array(idSchema),
});

/** A quote record. */
export type Quote = z.infer<typeof quoteSchema>;
