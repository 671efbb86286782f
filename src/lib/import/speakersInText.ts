import type { Speaker } from "../schemas/speaker.ts";
import { foldForMatching } from "../text/normalize.ts";

/**
 * Ids of the registry's speakers whose name or one of whose aliases occurs in the text, in registry
 * order. Matching folds middle dots, quote marks and spacing, so `이용섭  시장` finds `이용섭 시장`.
 */
export function speakersNamedIn(text: string, speakers: readonly Speaker[]): string[] {
  const folded = foldForMatching(text);
  return speakers
    .filter((speaker) => [speaker.name, ...speaker.aliases].some((name) => folded.includes(foldForMatching(name))))
    .map((speaker) => speaker.id);
}
