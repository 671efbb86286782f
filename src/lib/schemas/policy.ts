import { z } from "zod";
import { idSchema, textSchema } from "./common.ts";

/** A figure a policy item is measured by, as the article gives it (`5억원` → `40억원`). */
export const policyFigureSchema = z
  .object({
    /** What the figure measures, e.g. `스마트공장 재정투자`. */
    label: textSchema,
    /** The value before the change, as written in the article, e.g. `5억원`. */
    from: textSchema.optional(),
    /** The value the policy sets or reaches, as written, e.g. `40억원`. */
    to: textSchema,
    /** The period the figure refers to, as written, e.g. `2019년 → 2020년`. */
    period: textSchema.optional(),
  })
  .strict();

/** A policy item as an editor writes it in an article's front matter (`policies:`). */
export const policyInputSchema = z
  .object({
    /** Stable id, unique across the archive; the page is `/policies/<id>/`. */
    id: idSchema,
    /** A short Korean name for the measure, e.g. `스마트공장 재정투자 확대`. */
    title: textSchema,
    /** The policy area as the article groups it, e.g. `경제·산업`. */
    area: textSchema.optional(),
    /** One or two sentences on the measure, in the article's words where possible. */
    summary: textSchema.optional(),
    /** Topic ids from `content/topics.yaml`. */
    topics: z.array(idSchema).default([]),
    /** Figures the article gives for it. */
    figures: z.array(policyFigureSchema).default([]),
    /** Words that, found in a quote of the same article, link the quote to this item. */
    keywords: z.array(textSchema).default([]),
  })
  .strict();

/** A policy item with its links resolved: the article it comes from and the quotes that speak of it. */
export const policySchema = policyInputSchema.extend({
  /** Id of the article that reports it. */
  article: idSchema,
  /** Publication date of that article (ISO 8601), or null when the source gives none. */
  published: z.string().nullable(),
  /** Ids of quotes of the same article whose text contains one of the keywords. */
  quotes: z.array(z.string()),
});

/** A policy item as written in front matter. */
export type PolicyInput = z.infer<typeof policyInputSchema>;
/** A policy item with its links resolved. */
export type Policy = z.infer<typeof policySchema>;
/** One figure of a policy item. */
export type PolicyFigure = z.infer<typeof policyFigureSchema>;
