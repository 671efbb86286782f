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

/** Elements whose content is not prose (kept as it is), and those that hold text only (no markup may go in). */
const KEPT = "script|style|pre|textarea";
const TEXT_ONLY = "title|option";

// The page is read with sticky expressions tested from a position (no match objects are made):
// each reads from there and says, by `lastIndex`, where what it reads ends.

/**
 * A stretch with nothing to change (possibly empty): comments, other tags (quoted attribute values
 * skipped whole: they may hold `>`) and text without the characters above. It stops at a closing
 * mark, a dot, an element of KEPT or TEXT_ONLY, a `<` that starts no tag, or the end.
 */
const STRETCH = new RegExp(
  String.raw`(?:<!--[\s\S]*?-->|<(?!(?:${KEPT}|${TEXT_ONLY})\b)[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>|[^<${DOTS}${CLOSING_MARKS}]+)*`,
  "y",
);
/** An element of KEPT, from its start tag to its end tag. */
const KEPT_ELEMENT = new RegExp(String.raw`<(${KEPT})\b[^>]*>[\s\S]*?<\/\1\s*>`, "y");
/** The start tag of a TEXT_ONLY element (its text runs to the next `<`). */
const TEXT_ONLY_START = new RegExp(String.raw`<(?:${TEXT_ONLY})\b[^>]*>`, "y");
/** Hangul syllables (possibly none). */
const HANGUL = /[\uAC00-\uD7A3]*/y;

const WORTH_A_LOOK = new RegExp(`[${DOTS}${CLOSING_MARKS}]`);

const LESS_THAN = 0x3c;
const ONE_DOT_LEADER = 0x2024;
const NOWRAP = '<span class="nowrap">';
const NOWRAP_END = "</span>";

/** A Hangul syllable or an ASCII letter or digit: what a dot is kept with. */
function isLetter(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/**
 * A page's markup as readers should see it. In its text (never in tags, attribute values,
 * `<script>`, `<style>`, `<pre>` or `<textarea>`), the one-dot leader is folded by
 * {@link displayText}; a closing quote mark with the Hangul particle right after it (`”고`,
 * `”라고`, `’이다`), and a middle dot with the letter before it (`명·`), are wrapped in
 * `<span class="nowrap">`, which the style sheet keeps on one line. Copying the text gives the
 * same characters: nothing invisible is added. In text-only elements (`<title>`, `<option>`)
 * the dots are folded and nothing wrapped. Markup without any of these characters is returned as it is.
 * A `<` that starts no tag (nor a comment, nor a whole element of those kept) is read as text.
 */
export function displayHtml(markup: string): string {
  if (!WORTH_A_LOOK.test(markup)) return markup;
  const length = markup.length;
  // What changes is written out in pieces, with the stretches between them: `markup` is copied once.
  let out = "";
  let written = 0;
  // Where the last closing mark's span ends: the letter before a dot there is in that span already.
  let spanEnd = -1;
  let at = 0;
  while (at < length) {
    STRETCH.lastIndex = at;
    STRETCH.test(markup);
    const stop = STRETCH.lastIndex;
    if (stop >= length) break;
    const code = markup.charCodeAt(stop);
    if (code === LESS_THAN) {
      KEPT_ELEMENT.lastIndex = stop;
      TEXT_ONLY_START.lastIndex = stop;
      if (KEPT_ELEMENT.test(markup)) at = KEPT_ELEMENT.lastIndex;
      else if (TEXT_ONLY_START.test(markup)) {
        const textStart = TEXT_ONLY_START.lastIndex;
        const next = markup.indexOf("<", textStart);
        const textEnd = next < 0 ? length : next;
        const leader = markup.indexOf("\u2024", textStart);
        if (leader >= 0 && leader < textEnd) {
          out += markup.slice(written, textStart) + displayText(markup.slice(textStart, textEnd));
          written = textEnd;
        }
        at = textEnd;
      } else at = stop + 1;
    } else if (DOTS.includes(markup.charAt(stop))) {
      const before = stop - 1;
      if (before >= 0 && stop !== spanEnd && isLetter(markup.charCodeAt(before))) {
        out += markup.slice(written, before) + NOWRAP + markup.charAt(before) + "\u00B7" + NOWRAP_END;
        written = stop + 1;
      } else if (code === ONE_DOT_LEADER) {
        out += markup.slice(written, stop) + "\u00B7";
        written = stop + 1;
      }
      at = stop + 1;
    } else {
      // A closing mark: wrapped with the Hangul right after it, if any.
      HANGUL.lastIndex = stop + 1;
      HANGUL.test(markup);
      const end = HANGUL.lastIndex;
      if (end > stop + 1) {
        out += markup.slice(written, stop) + NOWRAP + markup.slice(stop, end) + NOWRAP_END;
        written = end;
        spanEnd = end;
      }
      at = Math.max(end, stop + 1);
    }
  }
  return written === 0 ? markup : out + markup.slice(written);
}
