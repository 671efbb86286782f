// Korean particles (josa) that depend on whether the word before them ends in a consonant.

const DIGIT_FINALS: Record<string, number> = {
  "0": 21, // 영: ㅇ
  "1": 8, // 일: ㄹ
  "2": 0,
  "3": 16, // 삼: ㅁ
  "4": 0,
  "5": 0,
  "6": 1, // 육: ㄱ
  "7": 8, // 칠: ㄹ
  "8": 8, // 팔: ㄹ
  "9": 0,
};
const RIEUL = 8;

/** The final consonant index (0 = none, 8 = ㄹ) of a word as read aloud; digits are read in Sino-Korean. */
function finalConsonant(word: string): number {
  const last = word.trim().at(-1) ?? "";
  const code = last.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  return DIGIT_FINALS[last] ?? 0;
}

/** The particle pairs the generator uses: [after a consonant, after a vowel]. */
const PAIRS = {
  topic: ["은", "는"],
  subject: ["이", "가"],
  object: ["을", "를"],
  and: ["과", "와"],
  direction: ["으로", "로"],
  copula: ["이다", "다"],
  quotative: ["이라고", "라고"],
} as const;

/** A particle name: `topic` (은/는), `subject` (이/가), `object` (을/를), `and`, `direction`, `copula`, `quotative`. */
export type Particle = keyof typeof PAIRS;

/** The right form of a particle for `word` (`광주` + topic → `는`, `5억원` + direction → `으로`). */
export function particle(word: string, kind: Particle): string {
  const final = finalConsonant(word);
  const [consonant, vowel] = PAIRS[kind];
  if (kind === "direction") return final === 0 || final === RIEUL ? vowel : consonant;
  return final === 0 ? vowel : consonant;
}

/** `word` followed by the right form of a particle: `josa("광주시", "subject")` → `광주시가`. */
export function josa(word: string, kind: Particle): string {
  return `${word}${particle(word, kind)}`;
}
