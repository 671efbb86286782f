import type { Arrangement } from "./arrangeLines.ts";
import { outletFromCopyright, outletFromFurniture, readDateline } from "./dateline.ts";
import type { Undecided } from "./types.ts";

/** A value for a front-matter field and where in the text it was read. */
export interface Candidate {
  /** The value, e.g. `노현서`. */
  value: string;
  /** Where it was read, for the editor: `dateline`, `byline (line 3)`. */
  from: string;
}

/** The first candidate, and an open question when the others name someone else. */
export function settle(field: string, candidates: readonly Candidate[], undecided: Undecided[]): string | undefined {
  const [first, ...others] = candidates;
  const other = others.find((c) => c.value !== first?.value);
  if (first && other) {
    undecided.push({
      field,
      message: `the ${first.from} says “${first.value}” but the ${other.from} says “${other.value}”; kept “${first.value}”`,
    });
  }
  return first?.value;
}

/**
 * Every outlet name the page gives, best source first: the dateline, the copyright line, the site
 * name of an HTML page, a tip-off or donation link (`프레시안에 제보하기`).
 */
export function outletCandidates(
  arranged: Arrangement,
  lead: string | undefined,
  siteName: string | undefined,
): Candidate[] {
  const dateline = lead === undefined ? null : readDateline(lead);
  const out: Candidate[] = dateline ? [{ value: dateline.outlet, from: "dateline" }] : [];
  for (const f of arranged.furniture) {
    const name = f.match.category === "copyright" ? outletFromCopyright(f.text) : null;
    if (name) out.push({ value: name, from: `copyright line (line ${f.line})` });
  }
  if (siteName) out.push({ value: siteName, from: "page's site name (og:site_name)" });
  for (const f of arranged.furniture) {
    const name = outletFromFurniture(f.text);
    if (name) out.push({ value: name, from: `${f.match.reason} (line ${f.line})` });
  }
  return out;
}
