import { GIVEN_NAMES, SURNAMES } from "./banks/names.ts";
import type { Rng } from "./random.ts";

/** `count` distinct three-syllable Korean names (surname + given name), in the order drawn. */
export function distinctNames(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  const limit = SURNAMES.length * GIVEN_NAMES.length;
  if (count > limit) throw new Error(`at most ${limit} distinct names`);
  while (names.size < count) names.add(`${rng.pick(SURNAMES)}${rng.pick(GIVEN_NAMES)}`);
  return [...names];
}
