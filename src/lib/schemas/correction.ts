import { z } from "zod";
import { parseArchiveDate } from "../dates/kst.ts";
import { isoDateSchema, textSchema } from "./common.ts";

/**
 * One correction the outlet (or the archive's editor) made to an article after it was published,
 * as an editor writes it under `corrections:` in the front matter:
 *
 * ```yaml
 * corrections:
 *   - date: 2020-03-05
 *     change: 발언자의 직함을 ‘부시장’에서 ‘시장’으로 바로잡았습니다.
 *     reason: 보도자료를 다시 확인했습니다.
 *     original: 예시구 부시장은 “예산은 충분하다”고 말했다.
 *     quote: 예산은 충분하다
 * ```
 */
export const correctionSchema = z
  .object({
    /**
     * When the correction was made: an ISO 8601 date (a KST day, `2020-03-05`) or date-time
     * (`2020-03-05T14:00:00+09:00`; without an offset it is KST). Stored normalised, as
     * `parseArchiveDate` writes it. `check` refuses a date before the article's publication or
     * after today.
     */
    date: isoDateSchema.transform((value) => {
      const parsed = parseArchiveDate(value);
      return typeof parsed === "string" ? value : parsed.iso;
    }),
    /** What was changed, in a sentence for readers (`직함을 바로잡았습니다`). */
    change: textSchema,
    /** Why it was changed, when the outlet or editor says so. */
    reason: textSchema.optional(),
    /** The words as first published, when known (the sentence or figure before the correction). */
    original: textSchema.optional(),
    /**
     * A piece of the text of the quote the correction concerns (the first words are enough), as
     * `quotes: fix: match:` takes it. It must match a quote of the article; the correction is then
     * shown on that quote's page too. Absent when the correction concerns no single quote.
     */
    quote: textSchema.optional(),
  })
  .strict();

/** One correction of an article, its date normalised. */
export type Correction = z.infer<typeof correctionSchema>;
