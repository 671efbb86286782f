import { displayText } from "../format.ts";

// The last step of every page the site renders (src/layouts/): text readers see is shown as
// `displayText` says, and a line never parts a closing quote mark from the particle after it, nor
// starts with a middle dot. Markup, attribute values, scripts (JSON-LD included) and preformatted
// blocks (BibTeX, CSL-JSON: data to copy) keep the text as published.

/**
 * Closing marks the line breaker parts from the Hangul after them under `word-break: keep-all`
 * (measured in Chromium: `달라”` at the end of a line, `고` on the next). Straight `"` is not parted.
 */
const CLOSING_MARKS = "\u201D\u2019\u300D\u300F"; // ” ’ 」 』

/**
 * The middle dot `·` (and the one-dot leader folded to it): Chromium breaks a Korean line before
 * it (`투명` | `·공정`), which the one-dot leader never allowed. Kept with the letter before it.
 */
const DOTS = "\u00B7\u2024";
const LETTER = /[\uAC00-\uD7A3A-Za-z0-9]/u;

/** Elements whose content is not prose (kept as it is), and those that hold text only (no markup may go in). */
const KEPT = "script|style|pre|textarea";
const TEXT_ONLY = "title|option";

const TOKENS = new RegExp(
  [
    String.raw`<(${KEPT})\b[^>]*>[\s\S]*?<\/\1\s*>`,
    String.raw`(<(?:${TEXT_ONLY})\b[^>]*>)([^<]*)`,
    // A stretch with nothing to change: comments, other tags (quoted attribute values skipped
    // whole: they may hold `>`) and text without the characters below. One match, not one per tag.
    String.raw`(?:<!--[\s\S]*?-->|<(?!(?:${KEPT}|${TEXT_ONLY})\b)[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>|[^<${DOTS}${CLOSING_MARKS}]+)+`,
    // Text: a closing mark and the Hangul after it; a middle dot.
    `[${CLOSING_MARKS}][\uAC00-\uD7A3]+`,
    `[${DOTS}]`,
  ].join("|"),
  "g",
);

const WORTH_A_LOOK = new RegExp(`[${DOTS}${CLOSING_MARKS}]`, "u");

/**
 * A page's markup as readers should see it. In its text (never in tags, attribute values,
 * `<script>`, `<style>`, `<pre>` or `<textarea>`), the one-dot leader is folded by
 * {@link displayText}; a closing quote mark with the Hangul particle right after it (`”고`,
 * `”라고`, `’이다`), and a middle dot with the letter before it (`명·`), are wrapped in
 * `<span class="nowrap">`, which the style sheet keeps on one line. Copying the text gives the
 * same characters: nothing invisible is added. In text-only elements (`<title>`, `<option>`)
 * the dots are folded and nothing wrapped. Markup without any of these characters is returned as it is.
 */
export function displayHtml(markup: string): string {
  if (!WORTH_A_LOOK.test(markup)) return markup;
  // Pieces joined once at the end: taking the letter back off one growing string copied the whole
  // page at every dot, which made a long list page (every policy item) take minutes.
  const parts: string[] = [];
  let end = 0;
  for (const match of markup.matchAll(TOKENS)) {
    const [token, , textOnlyOpen, textOnly] = match;
    if (match.index > end) parts.push(markup.slice(end, match.index));
    end = match.index + token.length;
    if (textOnlyOpen !== undefined) parts.push(textOnlyOpen + displayText(textOnly ?? ""));
    else if (CLOSING_MARKS.includes(token.charAt(0))) parts.push(nowrap(token));
    else if (DOTS.includes(token)) {
      // The letter before the dot was written out with the text before it: it moves into the span.
      const last = parts[parts.length - 1] ?? "";
      const before = last.charAt(last.length - 1);
      if (LETTER.test(before)) {
        parts[parts.length - 1] = last.slice(0, -1);
        parts.push(nowrap(before + displayText(token)));
      } else parts.push(displayText(token));
    } else parts.push(token);
  }
  parts.push(markup.slice(end));
  return parts.join("");
}

function nowrap(text: string): string {
  return `<span class="nowrap">${text}</span>`;
}
