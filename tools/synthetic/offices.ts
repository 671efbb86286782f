import { MINISTRIES, REGIONS, type Region } from "./banks/places.ts";
import type { Rng } from "./random.ts";

/** An office as the text names its holder: the registry role and the aliases the press uses. */
export interface Office {
  /** Registry title, e.g. `광주광역시장`. */
  title: string;
  /** Registry organisation, e.g. `광주광역시`. */
  organisation: string;
  /** Long aliases with the name (`김민수 광주광역시장`, `김민수 광주시장`). */
  long: string[];
  /** Name and bare title (`김민수 시장`). */
  medium: string;
  /** The bare title (`시장`), for the short alias `김 시장`. */
  shortTitle: string;
  /** The place a headline puts before the name (`광주`). */
  place: string;
  /** The body that acts in narrative paragraphs (`광주시`, `전남도`, `북구`). */
  body: string;
  /** How it is filled: `local` (elected, four-year terms from 2014-07), `assembly` (from 2012-05), `appointed`. */
  tenure: "local" | "assembly" | "appointed";
}

/** Kinds of office a synthetic speaker may hold. */
export type OfficeKind =
  "head" | "district" | "assembly" | "superintendent" | "council-chair" | "vice-mayor" | "minister" | "committee";

/** The office of `kind` in `region`, as held by `name` (surname `surname`). */
export function officeFor(kind: OfficeKind, region: Region, name: string, rng: Rng): Office {
  const base = { place: region.short, body: region.city };
  switch (kind) {
    case "head": {
      const short = region.province ? "지사" : "시장";
      const title = region.province ? `${region.full}지사` : `${region.full}장`;
      const common = region.province ? `${region.short}도지사` : `${region.short}시장`;
      return {
        ...base,
        title,
        organisation: region.full,
        long: [`${name} ${title}`, `${name} ${common}`],
        medium: `${name} ${short}`,
        shortTitle: short,
        tenure: "local",
      };
    }
    case "district": {
      const district = rng.pick(region.districts);
      const short = district.endsWith("군") ? "군수" : "구청장";
      const title = district.endsWith("군") ? `${district}수` : `${district}청장`;
      return {
        ...base,
        title,
        organisation: `${region.full} ${district}`,
        long: [`${name} ${region.short} ${title}`, `${name} ${title}`],
        medium: `${name} ${short}`,
        shortTitle: short,
        body: district,
        tenure: "local",
      };
    }
    case "assembly":
      return {
        ...base,
        title: "국회의원",
        organisation: "대한민국 국회",
        long: [`${name} 국회의원`],
        medium: `${name} 의원`,
        shortTitle: "의원",
        tenure: "assembly",
      };
    case "superintendent": {
      const title = `${region.full}교육감`;
      return {
        ...base,
        title,
        organisation: `${region.full}교육청`,
        long: [`${name} ${region.city}교육감`],
        medium: `${name} 교육감`,
        shortTitle: "교육감",
        body: `${region.city}교육청`,
        tenure: "local",
      };
    }
    case "council-chair":
      return {
        ...base,
        title: "의장",
        organisation: `${region.full}의회`,
        long: [`${name} ${region.city}의회 의장`],
        medium: `${name} 의장`,
        shortTitle: "의장",
        body: `${region.city}의회`,
        tenure: "local",
      };
    case "vice-mayor": {
      const title = region.province ? "행정부지사" : "행정부시장";
      return {
        ...base,
        title,
        organisation: region.full,
        long: [`${name} ${region.city} ${title}`, `${name} ${title}`],
        medium: `${name} ${region.province ? "부지사" : "부시장"}`,
        shortTitle: region.province ? "부지사" : "부시장",
        tenure: "appointed",
      };
    }
    case "minister": {
      const ministry = rng.pick(MINISTRIES);
      return {
        ...base,
        title: "장관",
        organisation: ministry,
        long: [`${name} ${ministry} 장관`],
        medium: `${name} 장관`,
        shortTitle: "장관",
        body: ministry,
        tenure: "appointed",
      };
    }
    case "committee": {
      const committee = `${region.short}혁신추진위원회`;
      return {
        ...base,
        title: "위원장",
        organisation: committee,
        long: [`${name} ${region.short}혁신추진위원장`],
        medium: `${name} 위원장`,
        shortTitle: "위원장",
        body: "혁신추진위",
        tenure: "appointed",
      };
    }
  }
}

/** Regions weighted towards Gwangju and South Jeolla, like the real archive. */
export function pickRegion(rng: Rng): Region {
  const index = rng.chance(0.6) ? rng.int(0, 1) : rng.int(0, REGIONS.length - 1);
  return REGIONS[index] as Region;
}
