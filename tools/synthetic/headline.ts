import { ACTIONS } from "./banks/phrases.ts";
import { josa } from "./hangul.ts";
import { dotJoin } from "./middleDots.ts";
import type { PlannedPolicy } from "./policies.ts";
import type { Rng } from "./random.ts";
import type { PlantedQuote, Scene, Voice } from "./types.ts";

const VERB_NOUNS: Record<string, string> = {
  강조했다: "강조",
  당부했다: "당부",
  지시했다: "지시",
  주문했다: "주문",
  약속했다: "약속",
  밝혔다: "밝혀",
};

/** A headline's paraphrase of a body quote: its first sentence, sometimes cut to its last words. */
function paraphrase(rng: Rng, quote: PlantedQuote): string {
  const first = quote.text.split(". ")[0] ?? quote.text;
  const words = first.split(" ");
  return words.length > 6 && rng.chance(0.5) ? words.slice(-6).join(" ") : first;
}

/**
 * The headline: a quote headline paraphrasing the first body quote (`광주 김민수 시장 “…” 강조`),
 * a chaired-meeting headline, a policy headline or a figure headline.
 */
export function headline(
  rng: Rng,
  scene: Scene,
  main: Voice | null,
  firstQuote: { quote: PlantedQuote; verb: string } | null,
  policies: readonly PlannedPolicy[],
): string {
  const roll = rng.next();
  if (main && firstQuote && firstQuote.quote.speaker === main.speaker && roll < 0.4) {
    const noun = VERB_NOUNS[firstQuote.verb] ?? "강조";
    return `${main.place} ${main.medium} “${paraphrase(rng, firstQuote.quote)}” ${noun}`;
  }
  if (main && roll < 0.65) return `${main.long[0] ?? main.medium}, ${scene.event} 주재`;
  const policy = policies[0];
  if (policy && roll < 0.85)
    return `${scene.body} ${policy.noun} ${policy.measure} ${policy.figure.from}→${policy.figure.to}`;
  const [a, b] = rng.sample(scene.topic.nouns, 2);
  return `${scene.body}, ${dotJoin(rng, [a ?? "", b ?? ""])} ${rng.pick(ACTIONS)} 추진`;
}

/** Zero to three deck bullets summarising the article. */
export function deck(rng: Rng, scene: Scene, policies: readonly PlannedPolicy[]): string[] {
  if (rng.chance(0.45)) return [];
  const bullets = [
    `${dotJoin(rng, rng.sample(scene.topic.nouns, 2))} 등 ${rng.int(3, 12)}건 이행상황 점검`,
    ...policies.map((p) => `${josa(p.noun, "direction")} ${dotJoin(rng, ["투명", "공정"])}성 강화`),
    `${scene.body} ${rng.pick(scene.topic.nouns)} ${rng.pick(ACTIONS)}`,
  ];
  return bullets.slice(0, rng.int(1, 3));
}
