import { speakerLabel } from "../site/attributionText.ts";
import { citedYear, dateParts, originalSource, type Citable } from "./citable.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * LaTeX for the characters that are not plain text in a BibTeX field. Braces become text commands,
 * not `\{`: BibTeX counts every brace, a backslash before it or not, so an unbalanced `\{` would
 * end the entry early. `<`, `>` and `|` print as `¡`, `¿` and `—` in LaTeX's default font encoding.
 */
const LATEX: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  _: "\\_",
  $: "\\$",
};

/**
 * Escapes a text for a braced BibTeX field so that it reads back as written: LaTeX's special
 * characters become commands (see {@link LATEX}), ligatures (`--`, `''`, ``` `` ```, `!``, `?``,
 * `,,`) are broken with `{}`, runs of spaces and control characters (a blank line is a new
 * paragraph to LaTeX) become one space, as BibTeX would read them anyway, and white space at
 * either end (any Unicode white space, which some readers trim and others keep) is dropped.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\p{Cc} ]+/gu, " ")
    .trim()
    .replace(/[\\{}~^<>|%&#_$]/gu, (c) => LATEX[c] ?? c)
    .replace(/-(?=-)|'(?=')|`(?=`)|[!?](?=`)|,(?=,)/gu, "$&{}");
}

/**
 * A URL for the `url` field, which BibTeX and biblatex read verbatim: no LaTeX escapes (`\%` would
 * stay in the address), but braces, backslashes, spaces and control characters are
 * percent-encoded, since the first two would unbalance the entry and no valid URL holds any of
 * them raw. `%`, `#`, `~` and `_` are left as they are: verbatim fields keep them, and `%` is how
 * a URL encodes everything else.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\p{Cc} ]/gu, (c) => encodeURIComponent(c));
}

/** Citation keys: the characters BibTeX, biber and reference managers all accept unquoted. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9_:.-]*$/u;

/**
 * A BibTeX `@article` entry for an article (with the quote and speaker in `note` when a quote is
 * cited). The reporter is one literal name (`{{…}}`), so a byline is not split on `and` or a comma
 * nor reordered as given and family names. Throws on an id that is not a valid citation key
 * (schema ids are lower-case letters, digits and hyphens, so this never happens for real content).
 */
export function bibtex(source: Citable): string {
  if (!KEY.test(source.id)) throw new RangeError(`not a valid BibTeX citation key: ${JSON.stringify(source.id)}`);
  const parts = dateParts(source.article.published);
  const year = citedYear(source.article);
  const original = originalSource(source.article);
  const { reporter } = source.article;
  const { quote } = source;
  const notes = [
    quote ? `${speakerLabel(quote)}: “${quote.text}”` : "",
    original
      ? `원문: ${original.url}${original.accessed ? ` (${original.accessed.map((n) => String(n).padStart(2, "0")).join("-")} 접속)` : ""}`
      : "",
  ].filter(Boolean);
  const braced = (value: string): string => `{${value}}`;
  // Each value as written after `=`: braced, but for `month`, a BibTeX month macro.
  const fields: [string, string | undefined][] = [
    ["author", reporter === undefined ? undefined : braced(braced(escapeBibtex(reporter)))],
    ["title", braced(escapeBibtex(source.article.title))],
    ["journal", source.article.outlet === null ? undefined : braced(escapeBibtex(source.article.outlet))],
    ["year", year !== null ? braced(String(year)) : undefined],
    ["month", parts ? MONTHS[parts[1] - 1] : undefined],
    ["day", parts ? braced(String(parts[2])) : undefined],
    ["note", notes.length > 0 ? braced(escapeBibtex(notes.join("; "))) : undefined],
    ["url", braced(bibtexUrl(source.archiveUrl))],
    ["language", "{korean}"],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([key, value]) => `  ${key} = ${value}`)
    .join(",\n");
  return `@article{${source.id},\n${body}\n}`;
}
