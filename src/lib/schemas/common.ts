import { z } from "zod";
import { parseArchiveDate } from "../dates/kst.ts";
import { firstForbiddenCharacter } from "../text/controlCharacters.ts";
import { httpUrlProblem } from "../text/httpUrl.ts";

/** A stable, URL-safe id: lower-case ASCII letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "use lower-case letters, digits and hyphens, e.g. lee-yong-seop");

/** The few characters before index `end` of `text` (whole characters, at most 12), to show where something is. */
function textBefore(text: string, end: number): string {
  return Array.from(text.slice(0, end)).slice(-12).join("").trim();
}

/**
 * Text without invisible control characters: no C0 control but tab, line feed and carriage return,
 * no DEL, no C1 control, no lone surrogate half, no U+FFFE or U+FFFF. They do not show on screen,
 * and most are forbidden in XML, so one in a title would make the RSS feeds invalid. The problem
 * names the character by its code (`U+000B (vertical tab)`), says what it follows, and the fix
 * (carried in the issue's `params.fix`) says to delete it.
 */
export const plainTextSchema = z.string().superRefine((value, ctx) => {
  const found = firstForbiddenCharacter(value);
  if (found === undefined) return;
  const before = textBefore(value, found.index);
  const where = before === "" ? "at the start" : `after “${before}”`;
  const more = found.count > 1 ? ` (and ${found.count - 1} more such character${found.count > 2 ? "s" : ""})` : "";
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message: `contains the invisible ${found.label} ${where}${more}`,
    params: {
      fix: `delete the invisible ${found.label} ${where}${more}: it is not shown on screen and makes the RSS feeds invalid XML (retype the words around it if your editor does not show it)`,
    },
  });
});

/** A non-empty line of text (leading and trailing space trimmed), without invisible control characters. */
export const textSchema = plainTextSchema.pipe(z.string().trim().min(1, "must not be empty"));

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
