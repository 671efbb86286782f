import { z } from "zod";
import { idSchema, textSchema } from "./common.ts";

/** A subject articles, quotes and policy items are filed under, one entry of `content/topics.yaml`. */
export const topicSchema = z
  .object({
    /** Stable id used in URLs (`/topics/<id>/`) and in articles' `topics` lists. */
    id: idSchema,
    /** The Korean label readers see, e.g. `청렴행정`. */
    label: textSchema,
    /** What the topic covers, in a sentence. */
    description: textSchema.optional(),
    /**
     * Words that put a quote under this topic when its words or its sentence contain one (compared
     * without spaces, in NFC: `청렴` finds `청렴도` and `청렴 문화`). The label counts as one. A quote
     * no topic's keywords match is filed under its article's topics.
     */
    keywords: z.array(textSchema).default([]),
    /** Words that contain a keyword but are not about the topic (`복지부동` for `복지`): not matched. */
    notKeywords: z.array(textSchema).default([]),
  })
  .strict();

/** A topic as validated from `content/topics.yaml`. */
export type Topic = z.infer<typeof topicSchema>;
