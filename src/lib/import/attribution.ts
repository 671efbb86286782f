import type { Arrangement } from "./arrangeLines.ts";
import { findOutlet } from "./outlets/findOutlet.ts";
import { sameOutlet } from "./outlets/outletIndex.ts";
import { placedLines } from "./placedLines.ts";
import type { Candidate, Undecided } from "./types.ts";

export type { Candidate } from "./types.ts";

const same = (field: string) => (a: string, b: string) => (field === "outlet" ? sameOutlet(a, b) : a === b);

/**
 * The first candidate, and an open question when another names something else, or when the first
 * is doubtful evidence (its `doubt`). For `outlet`, two names of one outlet (`cnbnews`, `CNB뉴스`)
 * are the same and raise no question.
 */
export function settle(field: string, candidates: readonly Candidate[], undecided: Undecided[]): string | undefined {
  const [first, ...others] = candidates;
  const isSame = same(field);
  const other = first === undefined ? undefined : others.find((c) => !isSame(c.value, first.value));
  if (first && other) {
    undecided.push({
      field,
      message: `the ${first.from} says “${first.value}” but the ${other.from} says “${other.value}”; kept “${first.value}”`,
    });
  } else if (first?.doubt) undecided.push({ field, message: first.doubt });
  return first?.value;
}

/**
 * Every outlet name the page gives, strongest first, each spelt as the outlet writes itself (see
 * `findOutlet`): copyright and footer lines, the page address (`url`: the editor's `--url` or the
 * saved page's own address; a portal's counts for nothing), the site name of an HTML page,
 * datelines, bylines, reporters' e-mail domains, outlet-name lines, portal credits, tip-off links.
 * `lead` is the first paragraph of the body, whose dateline counts more than one elsewhere.
 */
export function outletCandidates(
  arranged: Arrangement,
  lead: string | undefined,
  siteName: string | undefined,
  url?: string | undefined,
): Candidate[] {
  const lines = placedLines(arranged).map(({ line, text }) => ({ line, text }));
  return findOutlet(lines, arranged, { url, siteName, lead });
}
