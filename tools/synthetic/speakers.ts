import { REGIONS, type Region } from "./banks/places.ts";
import { officeFor, pickRegion, type Office, type OfficeKind } from "./offices.ts";
import type { Rng } from "./random.ts";
import { romanizeName } from "../../src/lib/text/romanize.ts";
import type { Speaker } from "../../src/lib/schemas/speaker.ts";

/** One office a synthetic speaker held, with the aliases the text may use for it. */
export interface HeldOffice {
  /** The office. */
  office: Office;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`; undefined while it runs. */
  to: string | undefined;
  /** Aliases of this office the registry lists, longest first (the short `김 시장` only when unambiguous). */
  aliases: string[];
}

/** A registered speaker: the registry entry and how articles name the person. */
export interface SyntheticSpeaker {
  /** The speakers.yaml entry. */
  entry: Speaker;
  /** Offices, oldest first. */
  offices: HeldOffice[];
}

const LOCAL_TERMS = [
  ["2014-07-01", "2018-06-30", "민선 6기"],
  ["2018-07-01", "2022-06-30", "민선 7기"],
  ["2022-07-01", undefined, "민선 8기"],
] as const;
const ASSEMBLY_TERMS = [
  ["2012-05-30", "2016-05-29", "제19대"],
  ["2016-05-30", "2020-05-29", "제20대"],
  ["2020-05-30", "2024-05-29", "제21대"],
] as const;

const pad = (n: number): string => String(n).padStart(2, "0");

interface Plan {
  kind: OfficeKind;
  region: Region;
  term: number;
}

/** Forty offices: every Gwangju and South Jeolla head for three terms, then a mix of the rest. */
function plans(rng: Rng): Plan[] {
  const [gwangju, jeonnam] = REGIONS as [Region, Region];
  const fixed: Plan[] = [0, 1, 2].flatMap((term) => [
    { kind: "head" as const, region: gwangju, term },
    { kind: "head" as const, region: jeonnam, term },
  ]);
  const mix: [OfficeKind, number][] = [
    ["head", 4],
    ["district", 8],
    ["assembly", 7],
    ["superintendent", 3],
    ["council-chair", 3],
    ["vice-mayor", 3],
    ["minister", 4],
    ["committee", 2],
  ];
  const rest = mix.flatMap(([kind, n]) =>
    Array.from({ length: n }, (): Plan => {
      const region = kind === "head" ? (REGIONS[rng.int(2, REGIONS.length - 1)] as Region) : pickRegion(rng);
      return { kind, region, term: rng.int(0, 2) };
    }),
  );
  return [...fixed, ...rest];
}

function tenure(office: Office, term: number, rng: Rng): { from: string; to: string | undefined; label: string } {
  if (office.tenure === "local") {
    const [from, to, label] = LOCAL_TERMS[term] ?? LOCAL_TERMS[0];
    return { from, to, label };
  }
  if (office.tenure === "assembly") {
    const [from, to, label] = ASSEMBLY_TERMS[term] ?? ASSEMBLY_TERMS[0];
    return { from, to, label };
  }
  const year = rng.int(2014, 2022);
  const month = rng.int(1, 12);
  const years = rng.int(1, 3);
  const end = Math.min(year + years, 2024);
  return { from: `${year}-${pad(month)}-01`, to: `${end}-${pad(month)}-01`, label: "" };
}

function describe(held: readonly { office: Office; from: string; to: string | undefined; label: string }[]): string {
  const parts = held.map(({ office, from, to, label }) => {
    const years = `${from.slice(0, 4)}–${to ? to.slice(0, 4) : ""}`;
    const where = office.tenure === "appointed" ? `${office.organisation} ` : "";
    return `${label ? `${label} ` : ""}${where}${office.title}(${years})`;
  });
  return `${parts.join(", ")}.`;
}

/**
 * The speaker registry of a synthetic archive: forty people with offices, terms and the aliases
 * the press uses (`김민수 광주광역시장`, `김민수 광주시장`, `김민수 시장`, `김 시장`). A short alias
 * two people would share is left out, so every alias names one person.
 */
export function generateSpeakers(rng: Rng, names: readonly string[]): SyntheticSpeaker[] {
  const drafts = plans(rng).map((plan, index) => {
    const name = names[index] ?? `${index}`;
    const office = officeFor(plan.kind, plan.region, name, rng);
    const main = { office, ...tenure(office, plan.term, rng) };
    const held = [main];
    if ((plan.kind === "head" || plan.kind === "district") && plan.term > 0 && rng.chance(0.35)) {
      const assembly = officeFor("assembly", plan.region, name, rng);
      held.unshift({ office: assembly, ...tenure(assembly, plan.term - 1, rng) });
    }
    return { name, held };
  });
  const shortCount = new Map<string, number>();
  const shortOf = (name: string, office: Office): string => `${name.charAt(0)} ${office.shortTitle}`;
  for (const { name, held } of drafts) {
    for (const short of new Set(held.map((h) => shortOf(name, h.office))))
      shortCount.set(short, (shortCount.get(short) ?? 0) + 1);
  }
  const ids = new Set<string>();
  return drafts.map(({ name, held }) => {
    const latin = romanizeName(name);
    let id = latin.toLowerCase().replace(/[^a-z]+/gu, "-");
    for (let n = 2; ids.has(id); n += 1) id = `${latin.toLowerCase().replace(/[^a-z]+/gu, "-")}-${n}`;
    ids.add(id);
    const offices = held.map(({ office, from, to }): HeldOffice => {
      const short = shortOf(name, office);
      const aliases = [...office.long, office.medium, ...(shortCount.get(short) === 1 ? [short] : [])];
      return { office, from, to, aliases };
    });
    const aliases = [...new Set([...offices.flatMap((o) => o.aliases), name])];
    const entry: Speaker = {
      id,
      name,
      nameLatin: latin,
      aliases,
      roles: offices.map(({ office, from, to }) => ({
        title: office.title,
        organisation: office.organisation,
        from,
        ...(to ? { to } : {}),
      })),
      description: describe(held),
    };
    return { entry, offices };
  });
}

/** The office a speaker held on a KST date (`YYYY-MM-DD`), or null; undated articles (null) get the latest. */
export function officeOn(speaker: SyntheticSpeaker, date: string | null): HeldOffice | null {
  if (date === null) return speaker.offices.at(-1) ?? null;
  return speaker.offices.find((o) => o.from <= date && (o.to === undefined || date <= o.to)) ?? null;
}
