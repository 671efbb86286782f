import type { Rng } from "./random.ts";

/** A small edit an outlet makes when it prints a statement another reported. */
export type RepeatEdit = "verbatim" | "word-dropped" | "spacing" | "particle" | "dot-comma" | "sentence-cut";

const PARTICLE_SWAPS: ReadonlyArray<[RegExp, string]> = [
  [/([가-힣]{2,})에서( )/u, "$1에$2"],
  [/([가-힣]{2,})을( )/u, "$1$2"],
  [/([가-힣]{2,})를( )/u, "$1$2"],
  [/([가-힣]{2,})은( )/u, "$1이$2"],
  [/([가-힣]{2,})는( )/u, "$1가$2"],
  [/([가-힣]{2,})으로( )/u, "$1로$2"],
];

/** Drops one inner word of the longest sentence (never its first or last), or null when none has five words. */
function dropWord(rng: Rng, text: string): string | null {
  const sentences = text.split(". ");
  const longest = sentences.reduce(
    (best, s, i) => (s.split(" ").length > (sentences[best] ?? "").split(" ").length ? i : best),
    0,
  );
  const words = (sentences[longest] ?? "").split(" ");
  if (words.length < 5) return null;
  words.splice(rng.int(1, words.length - 2), 1);
  sentences[longest] = words.join(" ");
  return sentences.join(". ");
}

/** Writes two Hangul words together, or splits a long one, or null when neither is possible. */
function respace(rng: Rng, text: string): string | null {
  const joins = [...text.matchAll(/[가-힣]{2,} (?=[가-힣]{2,})/gu)];
  if (joins.length > 0) {
    const pick = rng.pick(joins);
    return text.slice(0, pick.index + pick[0].length - 1) + text.slice(pick.index + pick[0].length);
  }
  const long = [...text.matchAll(/[가-힣]{4,}/gu)];
  if (long.length === 0) return null;
  const word = rng.pick(long);
  return `${text.slice(0, word.index + 2)} ${text.slice(word.index + 2)}`;
}

/** Changes or drops one particle, or null when the text has none the table knows. */
function changeParticle(rng: Rng, text: string): string | null {
  const usable = PARTICLE_SWAPS.filter(([pattern]) => pattern.test(text));
  if (usable.length === 0) return null;
  const [pattern, replacement] = rng.pick(usable);
  return text.replace(pattern, replacement);
}

/** Writes a middle dot as a comma, or a comma between words as a middle dot, or null when there is neither. */
function dotOrComma(text: string): string | null {
  if (/[·ㆍ‧․]/u.test(text)) return text.replace(/[·ㆍ‧․]/u, ", ");
  if (/[가-힣], [가-힣]/u.test(text)) return text.replace(/([가-힣]), ([가-힣])/u, "$1·$2");
  return null;
}

/** Cuts the first or the last sentence, or null when there is one sentence. */
function cutSentence(rng: Rng, text: string): string | null {
  const sentences = text.split(". ");
  if (sentences.length < 2) return null;
  return (rng.chance(0.5) ? sentences.slice(1) : sentences.slice(0, -1)).join(". ");
}

/**
 * A re-report's wording of a quote: verbatim, or with one small edit (a word dropped, spacing, a
 * particle changed, a middle dot for a comma or the reverse, a sentence cut). Falls back to
 * verbatim when the drawn edit does not apply.
 */
export function editQuote(rng: Rng, text: string): { text: string; edit: RepeatEdit } {
  const edit = rng.pick<RepeatEdit>(["verbatim", "word-dropped", "spacing", "particle", "dot-comma", "sentence-cut"]);
  const edited =
    edit === "word-dropped"
      ? dropWord(rng, text)
      : edit === "spacing"
        ? respace(rng, text)
        : edit === "particle"
          ? changeParticle(rng, text)
          : edit === "dot-comma"
            ? dotOrComma(text)
            : edit === "sentence-cut"
              ? cutSentence(rng, text)
              : null;
  return edited === null || edited === text ? { text, edit: "verbatim" } : { text: edited, edit };
}

/**
 * A near miss: the same sentence frame with other words, which must not be taken for the same
 * statement. Swaps one of `nouns` found in the text for another, or changes a number; null when
 * neither is possible.
 */
export function nearMiss(rng: Rng, text: string, nouns: readonly string[]): string | null {
  const present = nouns.filter((noun) => text.includes(noun));
  if (present.length > 0) {
    const noun = rng.pick(present);
    const others = nouns.filter((n) => n !== noun && !text.includes(n));
    if (others.length > 0) return text.split(noun).join(rng.pick(others));
  }
  const number = /\d+/u.exec(text);
  if (number)
    return (
      text.slice(0, number.index) +
      String(Number(number[0]) + rng.int(1, 9) * 7) +
      text.slice(number.index + number[0].length)
    );
  return null;
}
