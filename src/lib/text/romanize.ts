// Revised Romanization of Korean names, syllable by syllable (no sound-change rules), for ids.

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const MEDIALS = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
const FINALS = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];

/** Surnames as their bearers usually spell them, which Revised Romanization does not give. */
const SURNAMES: Record<string, string> = {
  김: "Kim",
  이: "Lee",
  박: "Park",
  최: "Choi",
  정: "Jung",
  강: "Kang",
  조: "Cho",
  윤: "Yoon",
  장: "Jang",
  임: "Lim",
  한: "Han",
  오: "Oh",
  서: "Seo",
  신: "Shin",
  권: "Kwon",
  황: "Hwang",
  안: "Ahn",
  송: "Song",
  전: "Jeon",
  홍: "Hong",
  문: "Moon",
  양: "Yang",
  손: "Son",
  배: "Bae",
  백: "Baek",
  노: "Noh",
  하: "Ha",
  곽: "Kwak",
  성: "Sung",
  차: "Cha",
};

/** One Hangul syllable in Revised Romanization (`섭` → `seop`); other characters pass through. */
export function romanizeSyllable(syllable: string): string {
  const code = (syllable.codePointAt(0) ?? 0) - 0xac00;
  if (code < 0 || code > 11171) return syllable;
  return `${INITIALS[Math.floor(code / 588)] ?? ""}${MEDIALS[Math.floor((code % 588) / 28)] ?? ""}${FINALS[code % 28] ?? ""}`;
}

/** A three-syllable Korean name in Latin letters, as ids and `nameLatin` use it: `이용섭` → `Lee Yong-seop`. */
export function romanizeName(name: string): string {
  const [surname = "", ...given] = [...name];
  const family = SURNAMES[surname] ?? capitalise(romanizeSyllable(surname));
  return `${family} ${capitalise(given.map(romanizeSyllable).join("-"))}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
