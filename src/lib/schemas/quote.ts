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

/** One part of a word-level comparison of two wordings. */
export const wordDiffPartSchema = z.object({
  /** `same` in both wordings, `this` only in the wording at hand, `other` only in the one it is compared with. */
  kind: z.enum(["same", "this", "other"]),
  /** The words of this part, as written. */
  text: z.string(),
  /**
   * For `same`: the words as the other wording writes them, when written otherwise (a particle or
   * spacing: `2021년은` for `2021년`); absent when written alike.
   */
  otherText: z.string().optional(),
});

/** How a headline or deck quote stands to the body quote it reports. */
export const headlineMatchSchema = z.object({
  /**
   * `verbatim` (the body's words), `shortened` (every word in one body quote, in order), `reworded`
   * (close to a body quote, in other words), or `absent` (no body quote says it).
   */
  class: z.enum(["verbatim", "shortened", "reworded", "absent"]),
  /** Id of the body quote it stands for; null when absent. */
  bodyQuote: z.string().nullable(),
  /** The body words compared (the matching sentence of the body quote); null when absent. */
  bodyText: z.string().nullable(),
  /** Word-level differences: `this` is the headline's wording, `other` the body's. */
  diff: z.array(wordDiffPartSchema),
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
   * How the speaker was found: `named` (a name and title, or a registered alias, before the quote),
   * `after` (named after it), `reference` (a short reference such as `강 시장은`, or a headline's bare
   * name, resolved to a person the article names), `label` (a broadcast soundbite label), `source`
   * (an anonymous or group source), `subject` (an organisation as the sentence's subject),
   * `continued` (이어/또한/그는…), `carried` (no cue: the previous speaker), `headline` (a headline,
   * deck or display line with no speaker: the headline's), `repeated` (the same words attributed
   * elsewhere in the article), `office` (an office with no name), `role` (an office with no name whose
   * registered holder on the article's date the article also names), `question` (a question put to
   * the speaker), `unknown`, or `editor` (set or confirmed in front matter).
   */
  attribution: z.enum([
    "named",
    "after",
    "reference",
    "label",
    "source",
    "subject",
    "continued",
    "carried",
    "headline",
    "repeated",
    "office",
    "role",
    "question",
    "unknown",
    "editor",
  ]),
  /**
   * How sure: `certain` (the text names the speaker for this quote), `likely` (inferred from the
   * context: a continuation, the headline, a repeat), `unconfirmed` (published as 화자 미확인, on
   * no speaker's page, until an editor confirms or fixes it).
   */
  level: z.enum(["certain", "likely", "unconfirmed"]),
  /** The words in the text that named the speaker (`강 시장은`, `이어`), or null when none did. */
  cue: z.string().nullable(),
  /** For an unconfirmed quote, the extractor's guess, for the editor (never shown as the speaker). */
  candidate: z.string().nullable(),
  /** The kind of source: a named person, a group, an anonymous source, an organisation, an office, or unknown. */
  source: z.enum(["person", "group", "anonymous", "organisation", "office", "unknown"]),
  /** Ids of policy items the quote speaks of. */
  policies: z.array(idSchema),
  /** Ids of the topics the quote is filed under (see `topicBasis` for why). */
  topics: z.array(idSchema),
  /**
   * Why the quote is filed under `topics`: `own` (its words or sentence match the topics' keywords),
   * `article` (nothing matched: the article's topics), or `editor` (chosen in front matter).
   */
  topicBasis: z.enum(["own", "article", "editor"]),
  /** For a headline quote, how it stands to the body's words; null for a body quote. */
  headlineMatch: headlineMatchSchema.nullable(),
  /**
   * Id of the statement cluster: the same words reported by two or more articles (the first report
   * gives the id); null when no other article reports them.
   */
  cluster: z.string().nullable(),
});

/** A quote record. */
export type Quote = z.infer<typeof quoteSchema>;
/** How a headline quote stands to the body. */
export type HeadlineMatch = z.infer<typeof headlineMatchSchema>;
/** One part of a word-level comparison. */
export type WordDiffPart = z.infer<typeof wordDiffPartSchema>;
