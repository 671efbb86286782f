// HTML written as tagged template strings, for the pages a large archive has tens of thousands of
// (quotes, articles, policy items). Astro's template machinery costs more per page than those pages'
// own work: written as markup, the quote pages rendered markedly faster (compared in paired runs).
//
// Why not a library: ghtml returns plain strings (an inner template must be marked `!${…}` or it is
// escaped twice) and prints `false` for `${cond && …}`; escape-html-template-tag also escapes `/`
// and `=`, so every link would read `&#x2F;quotes&#x2F;…`. Here text is escaped exactly as Astro
// escapes it (html-escaper), markup made by `html` is never escaped again, and `false`, `null` and
// `undefined` print nothing, as in an Astro template.
import { escape } from "html-escaper";

/** Markup that is safe to put in a page as it is: made by {@link html}, or trusted by {@link rawHtml}. */
export class SafeHtml {
  constructor(
    /** The markup. */
    readonly html: string,
  ) {}

  /** The markup, so a SafeHtml can stand wherever a string is wanted. */
  toString(): string {
    return this.html;
  }
}

/** What a template can hold: text (escaped), markup, nothing (`false`, `null`, `undefined`), or a list of these. */
export type HtmlValue = string | number | SafeHtml | false | null | undefined | readonly HtmlValue[];

/** A character that escaping changes. */
const ESCAPED = /[&<>'"]/;

/**
 * Text escaped as html-escaper escapes it; most text has nothing to escape and is returned as it
 * is, without a replacement pass over it.
 */
function escapeText(text: string): string {
  return ESCAPED.test(text) ? escape(text) : text;
}

function put(value: HtmlValue): string {
  if (typeof value === "string") return escapeText(value);
  if (value instanceof SafeHtml) return value.html;
  if (value === false || value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  let out = "";
  for (const item of value) out += put(item);
  return out;
}

/** Each template's text with its line breaks and indentation folded, made once per template. */
const foldedTemplates = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * A template's text parts, each run of white space that holds a line break folded to one space (as
 * Astro's `compressHTML` does), or to nothing at the template's start and end: templates are
 * written over several lines, pages carry none of it.
 */
function folded(strings: TemplateStringsArray): readonly string[] {
  let parts = foldedTemplates.get(strings);
  if (!parts) {
    const last = strings.length - 1;
    parts = strings.map((part, i) => {
      const trimmed = i === 0 ? part.replace(/^\s*\n\s*/, "") : part;
      return (i === last ? trimmed.replace(/\s*\n\s*$/, "") : trimmed).replace(/\s*\n\s*/g, " ");
    });
    foldedTemplates.set(strings, parts);
  }
  return parts;
}

/**
 * A template of markup: each `${value}` is escaped text, unless it is markup (SafeHtml) already;
 * lists are written one item after another; `false`, `null` and `undefined` write nothing. Use it
 * inside attribute values in double quotes too: the escape covers `"` and `'`. White space with a
 * line break in the template's own text is written as one space (nothing at its start and end).
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  const parts = folded(strings);
  let out = parts[0] ?? "";
  for (let i = 0; i < values.length; i++) out += put(values[i] as HtmlValue) + (parts[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Trusts markup made elsewhere (an article's sanitised HTML, JSON-LD text): it is written as it is. */
export function rawHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * An attribute as Astro writes one: ` name="value"` (escaped) for text, ` name` for `true`, nothing
 * for `false`, `null` or `undefined`.
 */
export function attribute(name: string, value: string | boolean | null | undefined): SafeHtml | "" {
  if (value === false || value === null || value === undefined) return "";
  return new SafeHtml(value === true ? ` ${name}` : ` ${name}="${escapeText(value)}"`);
}
