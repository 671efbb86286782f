/**
 * First syllables of a 하다/되다 ending after a noun stem (`개편하겠다`, `개편한다`, `개편했다`,
 * `개편됐다`, …). `행` is not one: `혁신행정` is a longer noun, not a verb of `혁신`.
 */
const VERB_SYLLABLES = new Set("하한할함합해했되된될됨됩돼됐".split(""));

/**
 * True when `stem` is the noun stem of the 하다/되다 verb `word` (keys, folded): `개편` of
 * `개편하겠다`. The stem needs two syllables or more, so `전` is never the stem of `전하겠다`.
 */
export function isVerbStem(stem: string, word: string): boolean {
  return (
    stem.length >= 2 &&
    word.length > stem.length &&
    word.startsWith(stem) &&
    VERB_SYLLABLES.has(word.charAt(stem.length))
  );
}
