import type { Rng } from "./random.ts";
import { paragraph, spans, type QuotedParagraph, type Speaking } from "./statements.ts";
import type { Scene } from "./types.ts";

/**
 * The trap of the other 광주 (광주시 of 경기도 is not 광주광역시), in one of two shapes:
 * - both cities in play (`광주광역시와 경기 광주시는 … 협약을 맺었다. 광주시장은 “…”`): a careful
 *   reader cannot tell which mayor spoke, so the truth is unconfirmed;
 * - the 경기 mayor named in full (`방세환 경기 광주시장은 “…”`), then `광주시장은 “…”`: his, and never
 *   광주광역시's registered mayor.
 * `name` is the 경기 mayor's (someone not in the registry).
 */
export function otherGwangju(rng: Rng, scene: Scene, name: string): QuotedParagraph[] {
  const said = spans(rng, scene, rng.pick(scene.topic.nouns), 1, "promise");
  if (rng.chance(0.5)) {
    const who: Speaking = {
      speaker: null,
      speakerName: "광주시장 (광주광역시 또는 경기 광주시)",
      form: "two-gwangju",
      expected: "unconfirmed",
    };
    const text = `광주광역시와 경기 광주시는 이날 ‘${scene.event}’ 상생협약을 맺었다. 광주시장은 ${said.text} ${said.verb}.`;
    return [paragraph(text, who, said, "other-gwangju-both", "other-gwangju")];
  }
  const mayor = `${name} 경기 광주시장`;
  const who: Speaking = { speaker: null, speakerName: mayor, form: "gyeonggi-mayor", expected: "person" };
  const first = spans(rng, scene, rng.pick(scene.topic.nouns), 1, "statement");
  return [
    paragraph(`${mayor}은 이날 ${first.text} ${first.verb}.`, who, first, "named", "named"),
    paragraph(`광주시장은 ${said.text} 덧붙였다.`, who, said, "other-gwangju-named", "other-gwangju"),
  ];
}
