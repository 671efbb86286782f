const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Initial consonants in syllable order, as compatibility jamo (what a keyboard types). */
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const isSyllable = (code: number): boolean => code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;

/** True for a Hangul compatibility consonant (ㄱ…ㅎ), as typed for an initial-consonant (초성) search. */
export function isInitialConsonant(ch: string): boolean {
  return INITIALS.includes(ch) && ch.length === 1;
}

/** True when a query is made only of initial consonants (e.g. `ㅊㄹㅎㅈ`), spaces aside. */
export function isChoseongQuery(query: string): boolean {
  const letters = [...query.replace(/\s+/gu, "")];
  return letters.length >= 2 && letters.every(isInitialConsonant);
}

/** Replaces each Hangul syllable with its initial consonant (`청렴행정` → `ㅊㄹㅎㅈ`); other characters stay. */
export function toChoseong(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += isSyllable(code) ? (INITIALS[Math.floor((code - SYLLABLE_FIRST) / 588)] ?? ch) : ch;
  }
  return out;
}

/** The code unit `toChoseong` puts for a code unit: a syllable's initial consonant, any other unit itself. */
export function choseongUnit(code: number): number {
  return isSyllable(code) ? INITIALS.charCodeAt(Math.floor((code - SYLLABLE_FIRST) / 588)) : code;
}

/**
 * The syllables a half-typed last character may become: a lone consonant (`ㅈ`) → every syllable
 * starting with it (`자`…`짛`); a syllable without a final consonant (`저`) → itself with any final
 * (`저`…`젛`). Null when the character is complete (has a final) or not Hangul.
 */
export function completions(ch: string): [string, string] | null {
  const initial = INITIALS.indexOf(ch);
  if (initial >= 0 && ch.length === 1) {
    const first = SYLLABLE_FIRST + initial * 588;
    return [String.fromCharCode(first), String.fromCharCode(first + 587)];
  }
  const code = ch.charCodeAt(0);
  if (!isSyllable(code) || (code - SYLLABLE_FIRST) % 28 !== 0) return null;
  return [ch, String.fromCharCode(code + 27)];
}
