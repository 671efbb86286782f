import type { Article } from "../schemas/article.ts";
import type { Quote } from "../schemas/quote.ts";
import type { Speaker } from "../schemas/speaker.ts";
import { parseArchiveDate } from "../dates/kst.ts";
import { personName, suggestedId, yamlScalar } from "./speakerEntry.ts";

/** A person the archive quotes who is not in `speakers.yaml`, as an entry the editor can accept. */
export interface SpeakerProposal {
  id: string;
  name: string;
  /** Every form the articles give (`김예시 예시당 국회의원`, `김예시 의원`), then the name alone. */
  aliases: string[];
  /** The office as the text gives it, dated from the first article that names the person so. */
  role: { title: string; organisation: string; from: string } | null;
  /** How many quotes, and in which articles, name this person. */
  quotes: number;
  articles: string[];
}

// Offices glued to their place (`여수시장`, `예시군수`): the organisation is the place with its kind.
const GLUED_OFFICE: readonly [RegExp, string][] = [
  [/^(.+?)(?:광역시|특별시)?시장$/u, "시"],
  [/^(.+?)군수$/u, "군"],
  [/^(.+?)구청장$/u, "구"],
  [/^(.+?)(?:도지사|지사)$/u, "도"],
];

/** The office in a name as the text gives it (`김예시 예시당 국회의원` → 국회의원 of 예시당; `김예시 의원` → 의원, organisation unknown). */
function officeOf(named: string): { title: string; organisation: string | null } | null {
  const words = named.split(/\s+/u).slice(1);
  const title = words.at(-1);
  if (title === undefined) return null;
  const middle = words.slice(0, -1).join(" ");
  for (const [pattern, kind] of GLUED_OFFICE) {
    const place = pattern.exec(title)?.[1];
    const glued = place && `${place}${title.includes("광역시") ? "광역시" : kind}`;
    // `광주 북구청장`: the place words before a glued office belong to its organisation (광주 북구).
    if (glued) return { title, organisation: middle === "" ? glued : `${middle} ${glued}` };
  }
  return { title, organisation: middle === "" ? null : middle };
}

const dayOf = (article: Article | undefined): string | null => {
  const date = article?.published ? parseArchiveDate(article.published) : null;
  return date && typeof date !== "string" ? date.kstDate : null;
};

/**
 * The people the archive's quotes name (with a name and title, or a label) who are not in the
 * registry, one proposal per person and organisation: the same name in two organisations is two
 * candidates, and a form without an organisation joins the one candidate of that name that has one.
 * Unconfirmed, anonymous and group sources are never proposed; ids are romanised and unique.
 */
export function speakerProposals(
  quotes: readonly Quote[],
  articles: readonly Article[],
  speakers: readonly Speaker[],
): SpeakerProposal[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const forms = new Map<string, { quotes: number; articles: Set<string> }>();
  for (const quote of quotes) {
    const named = quote.speakerName;
    if (quote.speaker !== null || quote.source !== "person" || quote.level === "unconfirmed" || named === null)
      continue;
    if (!/^[가-힣]{2,4}\s\S/u.test(named)) continue;
    const form = forms.get(named) ?? { quotes: 0, articles: new Set<string>() };
    form.quotes += 1;
    form.articles.add(quote.article);
    forms.set(named, form);
  }
  // One candidate per name and organisation; the forms that give no organisation join the one
  // candidate of that name that has one, or make their own when there are none or several.
  type Candidate = { name: string; forms: string[]; office: ReturnType<typeof officeOf> };
  const byName = new Map<string, string[]>();
  for (const named of forms.keys()) byName.set(personName(named), [...(byName.get(personName(named)) ?? []), named]);
  const candidates: Candidate[] = [];
  for (const [name, named] of byName) {
    const withOrganisation = new Map<string, Candidate>();
    const without: string[] = [];
    for (const form of named) {
      const office = officeOf(form);
      const organisation = office?.organisation;
      if (!organisation) {
        without.push(form);
        continue;
      }
      // `북구` and `광주 북구` are one organisation, written shorter or longer.
      const known = [...withOrganisation.keys()].find((o) => o.endsWith(organisation) || organisation.endsWith(o));
      const candidate = withOrganisation.get(known ?? organisation) ?? { name, forms: [], office };
      candidate.forms.push(form);
      if (known !== undefined && organisation.length > known.length) {
        withOrganisation.delete(known);
        candidate.office = office;
      }
      withOrganisation.set(
        known !== undefined && known.length >= organisation.length ? known : organisation,
        candidate,
      );
    }
    const only = withOrganisation.size === 1 ? [...withOrganisation.values()][0] : undefined;
    if (only) only.forms.push(...without);
    else if (without.length > 0) candidates.push({ name, forms: without, office: officeOf(without[0] ?? "") });
    candidates.push(...withOrganisation.values());
  }
  const taken = new Set(speakers.map((s) => s.id));
  const count = (c: Candidate): number => c.forms.reduce((sum, form) => sum + (forms.get(form)?.quotes ?? 0), 0);
  const order = (a: Candidate, b: Candidate): number =>
    count(b) - count(a) ||
    a.name.localeCompare(b.name, "ko") ||
    (a.office?.organisation ?? "").localeCompare(b.office?.organisation ?? "", "ko");
  return candidates.sort(order).map((candidate): SpeakerProposal => {
    const used = candidate.forms.map((form) => forms.get(form) ?? { quotes: 0, articles: new Set<string>() });
    const articleIds = [...new Set(used.flatMap((u) => [...u.articles]))].sort();
    const days = articleIds
      .map((id) => dayOf(byId.get(id)))
      .filter((day): day is string => day !== null)
      .sort();
    let id = suggestedId(candidate.name);
    for (let n = 2; taken.has(id); n += 1) id = `${suggestedId(candidate.name)}-${n}`;
    taken.add(id);
    const office = candidate.office;
    return {
      id,
      name: candidate.name,
      aliases: [...new Set([...candidate.forms, candidate.name])],
      role:
        office?.organisation && days[0]
          ? { title: office.title, organisation: office.organisation, from: days[0] }
          : null,
      quotes: used.reduce((sum, u) => sum + u.quotes, 0),
      articles: articleIds,
    };
  });
}

/** A proposal as a `speakers.yaml` entry, with a comment saying where it came from and what to check. */
export function proposalYaml(proposal: SpeakerProposal): string {
  const lines = [
    `# proposed: ${proposal.quotes} ${proposal.quotes === 1 ? "quote" : "quotes"} in ${proposal.articles.join(", ")}; check the id's spelling and the role's dates`,
    `- id: ${proposal.id}`,
    `  name: ${yamlScalar(proposal.name)}`,
    "  aliases:",
    ...proposal.aliases.map((alias) => `    - ${yamlScalar(alias)}`),
  ];
  if (proposal.role)
    lines.push(
      "  roles:",
      `    - title: ${yamlScalar(proposal.role.title)}`,
      `      organisation: ${yamlScalar(proposal.role.organisation)}`,
      `      from: ${proposal.role.from} # the first article that names them so, not the start of the office`,
    );
  return lines.join("\n");
}
