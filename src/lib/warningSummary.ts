// What a build's log says of the check's warnings: the first few in full, the rest counted, so a
// large archive's log stays readable (`npm run archive -- check` lists them all).
import { formatProblem, type ContentProblem } from "./errors.ts";

/** How many warnings a build prints in full. */
export const WARNINGS_SHOWN = 10;

/** The warnings a build prints in full, and how many there are in all. */
export interface WarningSummary {
  shown: ContentProblem[];
  total: number;
}

/** The summary of a check's warnings. */
export function summariseWarnings(warnings: readonly ContentProblem[]): WarningSummary {
  return { shown: warnings.slice(0, WARNINGS_SHOWN), total: warnings.length };
}

/** The lines of the log for a summary: each warning shown, then the count of the rest. */
export function warningSummaryLines(summary: WarningSummary): string[] {
  const lines = summary.shown.map((warning) => formatProblem(warning));
  const rest = summary.total - summary.shown.length;
  if (rest > 0) lines.push(`… and ${rest} more warnings: \`npm run archive -- check\` lists them all`);
  return lines;
}
