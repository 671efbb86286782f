import type { Outsider } from "./outsiders.ts";
import type { HeldOffice, SyntheticSpeaker } from "./speakers.ts";
import type { Voice } from "./types.ts";

/** The office words of an alias without the person's name (`김민수 광주시장` → `광주시장`). */
const withoutName = (alias: string, name: string): string => alias.slice(name.length + 1);

/**
 * How the text names a registered speaker holding `held`: only aliases the registry lists.
 * `soleHolder` says whether the registry has no other holder of that office on the article's date,
 * so that the office written alone (`광주시장은`) stands for this person.
 */
export function registeredVoice(speaker: SyntheticSpeaker, held: HeldOffice, soleHolder = false): Voice {
  const { office, aliases } = held;
  const name = speaker.entry.name;
  const short = aliases.find((a) => !office.long.includes(a) && a !== office.medium) ?? null;
  // The office alone as the press writes it: the glued forms of the aliases, and `전남지사` for a province.
  const glued = office.long.map((alias) => withoutName(alias, name)).filter((words) => !words.includes(" "));
  if (office.shortTitle === "지사") glued.push(`${office.place}지사`);
  return {
    speaker: speaker.entry.id,
    speakerName: speaker.entry.name,
    long: office.long,
    medium: office.medium,
    short,
    place: office.place,
    form: "registered",
    name,
    title: office.shortTitle,
    labelTitle: withoutName(office.long.at(-1) ?? office.medium, name),
    offices: soleHolder ? glued : [],
    former: false,
  };
}

/**
 * A registered speaker quoted under an office they no longer hold (`이주희 전 광주시장`, `이주희 전
 * 시장`, `이 전 시장`): the registry's name, the past office's words with 전 between.
 */
export function formerVoice(speaker: SyntheticSpeaker, held: HeldOffice): Voice {
  const { office } = held;
  const name = speaker.entry.name;
  const longest = withoutName(office.long.at(-1) ?? office.medium, name);
  return {
    speaker: speaker.entry.id,
    speakerName: name,
    long: [`${name} 전 ${longest}`],
    medium: `${name} 전 ${office.shortTitle}`,
    short: null,
    place: office.place,
    form: "former",
    name,
    title: office.shortTitle,
    labelTitle: `전 ${longest}`,
    offices: [],
    former: true,
  };
}

/** How the text names someone not in the registry: in full (`박영희 광주시의회 의원`), later `박 의원`. */
export function outsiderVoice(outsider: Outsider, place: string): Voice {
  return {
    speaker: null,
    speakerName: outsider.phrase,
    long: [outsider.phrase],
    medium: outsider.phrase,
    short: null,
    place,
    form: outsider.form,
    name: outsider.name,
    title: outsider.title,
    labelTitle: withoutName(outsider.phrase, outsider.name),
    offices: [],
    former: false,
  };
}

/** The surname and title a later sentence uses (`김 시장`, `이 전 시장`, `박 의원`). */
export function shortReference(voice: Voice): string {
  return `${voice.name.charAt(0)} ${voice.former ? "전 " : ""}${voice.title}`;
}
