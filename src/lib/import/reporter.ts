import type { Arrangement } from "./arrangeLines.ts";
import type { Candidate } from "./attribution.ts";
import { readDateline } from "./dateline.ts";

/** Every reporter name the text gives, best source first: the byline, the dateline, a reporter footer. */
export function reporterCandidates(arranged: Arrangement, lead: string | undefined): Candidate[] {
  const header = arranged.bylines.filter((b) => !b.inFooter && b.byline.reporter);
  const footer = arranged.bylines.filter((b) => b.inFooter && b.byline.reporter);
  const dateline = lead === undefined ? null : readDateline(lead);
  return [
    ...header.map((b) => ({ value: b.byline.reporter ?? "", from: `byline (line ${b.line})` })),
    ...(dateline?.reporter ? [{ value: dateline.reporter, from: "dateline" }] : []),
    ...footer.map((b) => ({ value: b.byline.reporter ?? "", from: `reporter footer (line ${b.line})` })),
  ];
}
