import type { Outsider } from "./outsiders.ts";
import type { HeldOffice, SyntheticSpeaker } from "./speakers.ts";
import type { Voice } from "./types.ts";

/** How the text names a registered speaker holding `held`: only aliases the registry lists. */
export function registeredVoice(speaker: SyntheticSpeaker, held: HeldOffice): Voice {
  const { office, aliases } = held;
  const short = aliases.find((a) => !office.long.includes(a) && a !== office.medium) ?? null;
  return {
    speaker: speaker.entry.id,
    speakerName: speaker.entry.name,
    long: office.long,
    medium: office.medium,
    short,
    place: office.place,
    form: "registered",
  };
}

/** How the text names someone not in the registry: always in full (`박영희 광주시의회 의원`). */
export function outsiderVoice(outsider: Outsider, place: string): Voice {
  return {
    speaker: null,
    speakerName: outsider.phrase,
    long: [outsider.phrase],
    medium: outsider.phrase,
    short: null,
    place,
    form: outsider.form,
  };
}
