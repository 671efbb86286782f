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
  })
  .strict();

/** A topic as validated from `content/topics.yaml`. */
export type Topic = z.infer<typeof topicSchema>;
