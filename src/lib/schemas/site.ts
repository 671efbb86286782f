import { z } from "zod";
import { httpUrlProblem } from "../text/httpUrl.ts";
import { textSchema } from "./common.ts";

/**
 * Why `value` is not a site origin (an absolute `https://` address of a host, nothing after it but
 * an optional `/`), or undefined when it is one. The site's pages are written for the root of
 * their host (`/articles/<id>/`), so a path, a query or a fragment cannot be honoured.
 */
export function originProblem(value: string): string | undefined {
  const notWeb = httpUrlProblem(value);
  if (notWeb !== undefined) return notWeb;
  const url = new URL(value);
  if (url.protocol !== "https:") return "the origin must start with https:// (feeds and canonical links need it)";
  if (url.pathname !== "/")
    return `the origin has a path (\`${url.pathname}\`): the site is built for the root of its host`;
  if (url.search !== "" || value.includes("?")) return "the origin has a query (`?…`)";
  if (url.hash !== "" || value.includes("#")) return "the origin has a fragment (`#…`)";
  return undefined;
}

/**
 * The site's public origin: `https://` and a host (and port), nothing else; read as
 * `https://host` (lower case, no trailing slash), the form canonical URLs are joined to.
 */
export const originSchema = z
  .string()
  .superRefine((value, ctx) => {
    const reason = originProblem(value);
    if (reason === undefined) return;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: reason,
      params: {
        fix: "write the address the site is served at, scheme and host only, e.g. `origin: https://archive.example.org` (no path, query or fragment)",
      },
    });
  })
  .transform((value) => new URL(value).origin);

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/u;

/** How to reach a publisher: an e-mail address (`editor@example.org`) or a web address (`https://…`). */
export const contactSchema = textSchema.superRefine((value, ctx) => {
  if (EMAIL.test(value)) return;
  const reason = httpUrlProblem(value);
  if (reason === undefined) return;
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message: `is neither an e-mail address nor a web address (${reason})`,
    params: {
      fix: "write an e-mail address (`contact: editor@example.org`) or a web address starting with https:// (`contact: https://example.org/contact`)",
    },
  });
});

/** A BCP 47 language tag as pages use it in `lang`: `ko`, `en`, `ko-KR`, `zh-Hant`. */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/u, "use a language tag such as `ko` or `en`");

/** Who runs the archive, shown in every page's footer and in the home page's JSON-LD. */
export const publisherSchema = z
  .object({
    /** The person or organisation answerable for the archive, e.g. `○○시민모임`. */
    name: textSchema,
    /** An e-mail address or a web address where readers can reach them (corrections, questions). */
    contact: contactSchema,
  })
  .strict();

/**
 * The archive's identity, `content/site.yaml`: what the site calls itself, who runs it and where
 * it is served. Every page title and header, the home page, the feeds, the JSON-LD, the sitemap,
 * robots.txt, citations and data exports take it from here.
 */
export const siteConfigSchema = z
  .object({
    /** The archive's name: every page title and header, the home page's heading, the feeds' titles. */
    name: textSchema.pipe(z.string().max(80, "keep the name under 80 characters: it ends every page title")),
    /**
     * One or two sentences on what the archive collects: the home page's introduction, and the
     * description of pages without their own (search engines, link previews) and of the main feed.
     */
    description: textSchema,
    /** The language of the pages (`<html lang>`, the feeds, Open Graph): a BCP 47 tag, `ko` unless set. */
    language: languageSchema.default("ko"),
    /**
     * The public origin the site is served at, `https://` and the host only, e.g.
     * `https://archive.example.org`: canonical URLs, feeds, the sitemap, robots.txt, JSON-LD,
     * citations and the data exports' page addresses are made on it. `ARCHIVE_SITE_URL`, when set,
     * replaces it for one build (a preview deploy at another address).
     */
    origin: originSchema,
    /** Who runs the archive and how to reach them; shown in the footer when given. */
    publisher: publisherSchema.optional(),
    /**
     * The line on rights and reuse shown in every page's footer and given as the feeds'
     * `<copyright>`, e.g. `기사 원문의 저작권은 각 언론사에 있습니다.`
     */
    licence: textSchema,
  })
  .strict();

/** The archive's identity as validated from `content/site.yaml` (its origin as `https://host`). */
export type SiteConfig = z.infer<typeof siteConfigSchema>;
/** Who runs the archive. */
export type Publisher = z.infer<typeof publisherSchema>;
