/** The characters a Korean reader sees as one middle dot: ․ (U+2024), · (U+00B7), ‧ (U+2027), ㆍ (U+318D), ・ (U+30FB). */
export const MIDDLE_DOTS = ["\u2024", "\u00B7", "\u2027", "\u318D", "\u30FB"] as const;

const MIDDLE_DOT_PATTERN = new RegExp(`[${MIDDLE_DOTS.join("")}]`, "gu");

/** Normalises text to Unicode NFC, the form the archive stores. Hangul typed as jamo becomes syllables. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** True when the text changes under NFC normalisation (decomposed Hangul, for example). */
export function isNotNfc(text: string): boolean {
  return text !== text.normalize("NFC");
}

/**
 * Folds text for matching, never for display: NFC, every middle-dot variant to `·`, curly and
 * straight quote marks to one form each, runs of white space to one space.
 */
export function foldForMatching(text: string): string {
  return toNfc(text)
    .replace(MIDDLE_DOT_PATTERN, "\u00B7")
    .replace(/[\u201C\u201D\u201E\u201F"]/gu, '"')
    .replace(/[\u2018\u2019\u201A\u201B']/gu, "'")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Normalises every string inside a plain JSON-like value to NFC, leaving other values as they are. */
export function deepNfc<T>(value: T): T {
  if (typeof value === "string") return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => deepNfc(item)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[toNfc(key)] = deepNfc(inner);
    return out as T;
  }
  return value;
}
