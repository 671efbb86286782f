import { REGIONS, UNIVERSITIES, type Region } from "./banks/places.ts";
import type { Rng } from "./random.ts";

/** A person quoted in the text who is not in the registry, named the way the press names them. */
export interface Outsider {
  /** The person's name, e.g. `박영희`. */
  name: string;
  /** The name as the text writes it before the particle: `박영희 광주시의회 의원`. */
  phrase: string;
  /** Which way of naming it is, for reports (`council-member`, `professor`, …). */
  form: string;
  /** The bare title a later `박 의원은` uses (`의원`, `교수`). */
  title: string;
}

const FORMS: readonly { form: string; title: string; make: (name: string, region: Region, rng: Rng) => string }[] = [
  { form: "council-member", title: "의원", make: (n, r) => `${n} ${r.city}의회 의원` },
  { form: "council-member", title: "의원", make: (n, r) => `${n} ${r.city}의회 의원` },
  { form: "district-council-chair", title: "의장", make: (n, r, rng) => `${n} ${rng.pick(r.districts)}의회 의장` },
  {
    form: "committee-chair",
    title: "위원장",
    make: (n, r, rng) =>
      `${n} ${r.city}의회 ${rng.pick(["행정자치", "환경복지", "산업건설", "교육문화"])}위원회 위원장`,
  },
  { form: "party-chair", title: "위원장", make: (n, r) => `${n} 더불어민주당 ${r.city}당 위원장` },
  { form: "civic-group", title: "대표", make: (n, r) => `${n} ${r.short}시민단체협의회 대표` },
  { form: "professor", title: "교수", make: (n, _r, rng) => `${n} ${rng.pick(UNIVERSITIES)} 교수` },
  { form: "chamber-of-commerce", title: "회장", make: (n, r) => `${n} ${r.short}상공회의소 회장` },
];

/**
 * People the articles quote who are not in speakers.yaml: council members, party officials,
 * professors. The ways of naming them take turns, so every seed has the same mix.
 */
export function generateOutsiders(rng: Rng, names: readonly string[]): Outsider[] {
  return names.map((name, index) => {
    const region = rng.chance(0.7) ? (REGIONS[0] as Region) : rng.pick(REGIONS);
    const { form, title, make } = FORMS[index % FORMS.length] as (typeof FORMS)[number];
    return { name, phrase: make(name, region, rng), form, title };
  });
}
