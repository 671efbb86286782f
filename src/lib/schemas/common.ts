import { z } from "zod";
import { parseArchiveDate } from "../dates/kst.ts";
import { httpUrlProblem } from "../text/httpUrl.ts";

/** A stable, URL-safe id: lower-case ASCII letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "use lower-case letters, digits and hyphens, e.g. lee-yong-seop");

/** A non-empty line of text (leading and trailing space trimmed). */
export const textSchema = z.string().trim().min(1, "must not be empty");

/**
 * A web address: `http://` or `https://` (any letter case), then a host; every other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:` …), white space or control characters anywhere,
 * `//host` without a scheme, `https:host` without `//`, a backslash and `user:password@` before the
 * host are refused (see src/lib/text/httpUrl.ts). The problem says what is wrong and what to write.
 */
export const httpUrlSchema = z.string().superRefine((value, ctx) => {
  const reason = httpUrlProblem(value);
  if (reason === undefined) return;
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message: `${reason}: use the web address starting with https:// (other schemes such as javascript: are refused)`,
    params: {
      fix: "write the full web address as the browser's address bar shows it, starting with https:// (or http://)",
    },
  });
});

/** An ISO 8601 date or date-time; a time without an offset is read as KST. */
export const isoDateSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseArchiveDate(value);
  if (typeof parsed === "string") ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed });
});

/** A date known to the year, month or day: `2014`, `2014-03`, `2014-03-06` (YAML may read a bare year as a number). */
export const partialDateSchema = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(
    z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u, "use YYYY, YYYY-MM or YYYY-MM-DD"),
  );
