// Invisible characters that have no place in an archive's text: they do not show on screen, and
// most of them are forbidden in XML, so one in a title would make every RSS feed listing it invalid.

/**
 * The characters content text may not hold: C0 controls other than tab, line feed and carriage
 * return, DEL, C1 controls (U+0080–U+009F), lone surrogate halves and the noncharacters U+FFFE and
 * U+FFFF. (With the `u` flag a surrogate pair is one code point, so only lone halves match.)
 */
const FORBIDDEN_SOURCE = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFFFE\\uFFFF]";
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE, "u");
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_SOURCE, "gu");

const NAMES: Record<number, string> = {
  0x00: "null",
  0x07: "bell",
  0x08: "backspace",
  0x09: "tab",
  0x0a: "line feed",
  0x0b: "vertical tab",
  0x0c: "form feed",
  0x0d: "carriage return",
  0x1b: "escape",
  0x7f: "delete",
  0x85: "next line",
};

/** One character content text may not hold, and where it is. */
export interface ForbiddenCharacter {
  /** Its UTF-16 index in the text. */
  index: number;
  /** Its code point, e.g. `0x0b`. */
  codePoint: number;
  /** Its code as Unicode writes it, e.g. `U+000B`. */
  code: string;
  /** What it is, for an editor: `control character U+000B (vertical tab)`. */
  label: string;
  /** How many such characters the text holds in all (this one included). */
  count: number;
}

/** A code point as Unicode writes it: `U+000B`, `U+1F600`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A character as an editor is told of it: `control character U+000B (vertical tab)`, `lone
 * surrogate U+D800 (half of a broken character)`, `character U+FFFE (a Unicode noncharacter)`,
 * `character U+3000` for any other.
 */
export function characterLabel(codePoint: number): string {
  const code = codePointLabel(codePoint);
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `lone surrogate ${code} (half of a broken character)`;
  if (codePoint === 0xfffe || codePoint === 0xffff) return `character ${code} (a Unicode noncharacter)`;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
    return `control character ${code} (${NAMES[codePoint] ?? (codePoint < 0x80 ? "C0 control" : "C1 control")})`;
  }
  return `character ${code}`;
}

/** The first character of `text` that content text may not hold (see FORBIDDEN above), or undefined. */
export function firstForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const first = FORBIDDEN.exec(text);
  if (first === null) return undefined;
  const codePoint = first[0].codePointAt(0) ?? 0;
  const count = text.match(FORBIDDEN_ALL)?.length ?? 1;
  return { index: first.index, codePoint, code: codePointLabel(codePoint), label: characterLabel(codePoint), count };
}
