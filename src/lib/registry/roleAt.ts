import { parseArchiveDate } from "../dates/kst.ts";
import { partialDateEnd, partialDateStart } from "../dates/partialDate.ts";
import type { Speaker, SpeakerRole } from "../schemas/speaker.ts";

/**
 * The role a speaker held on a KST day (`YYYY-MM-DD`), or null when the day is unknown or none of
 * their roles ran that day. A role runs from the first day its `from` stands for to the last day its
 * `to` stands for (`2014` ends on 31 December 2014), and without `to` it runs on. When several roles
 * ran that day (a member of parliament who became a minister), the one that began last is taken: the
 * newer office is the one the press names; of two that began on the same day, the later in the list.
 */
export function roleAt(speaker: Pick<Speaker, "roles">, day: string | null): SpeakerRole | null {
  if (day === null) return null;
  let found: SpeakerRole | null = null;
  for (const role of speaker.roles) {
    const start = partialDateStart(role.from);
    if (start > day || (role.to !== undefined && partialDateEnd(role.to) < day)) continue;
    if (found === null || partialDateStart(found.from) <= start) found = role;
  }
  return found;
}

// An organisation's name as a title would hold it: its last word, without 특별자치/특별/광역 and
// without a closing 시/도/군/구 (`광주광역시` → `광주`, `대한민국 국회` → `국회`).
function organisationStem(organisation: string): string {
  const last = organisation.trim().split(/\s+/u).at(-1) ?? "";
  const short = last.replace(/특별자치|특별|광역/gu, "");
  const stem = short.length > 2 ? short.replace(/[시도군구]$/u, "") : short;
  return stem.length >= 2 ? stem : last;
}

/**
 * A role as readers name it: its title, with the organisation before it only when the title does
 * not already say it (`광주광역시장`, `국회의원`; but `광주광역시 경제부시장`, `더불어민주당 대표`).
 */
export function roleLabel(role: Pick<SpeakerRole, "title" | "organisation">): string {
  return role.title.includes(organisationStem(role.organisation)) ? role.title : `${role.organisation} ${role.title}`;
}

/** The KST day of a stored `published` value (`YYYY-MM-DD`), or null when it is null or not a date. */
export function kstDayOf(published: string | null): string | null {
  if (published === null) return null;
  const parsed = parseArchiveDate(published);
  return typeof parsed === "string" ? null : parsed.kstDate;
}

/**
 * What the speaker was when a quote published at `published` was said, for readers:
 * `당시 광주광역시장`; null when the date or the role that day is not known.
 */
export function roleThenLabel(speaker: Pick<Speaker, "roles">, published: string | null): string | null {
  const role = roleAt(speaker, kstDayOf(published));
  return role === null ? null : `당시 ${roleLabel(role)}`;
}
