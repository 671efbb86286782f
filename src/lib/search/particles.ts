/** Korean particles and endings that follow a noun in running text, longest first. */
const PARTICLES = [
  "에서는",
  "으로는",
  "에게서",
  "이라고",
  "이라는",
  "께서는",
  "까지는",
  "부터는",
  "에서",
  "에게",
  "으로",
  "께서",
  "까지",
  "부터",
  "이나",
  "이며",
  "라고",
  "라는",
  "에는",
  "와의",
  "과의",
  "처럼",
  "보다",
  "이다",
  "만큼",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "나",
  "며",
];

/**
 * Strips one trailing particle from a query word, so `광주는` searches as `광주` and finds `광주의`
 * too. Keeps at least two characters, so a short word is never emptied (`이가` stays).
 */
export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
  }
  return word;
}
