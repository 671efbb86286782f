import type { ContentProblem } from "../errors.ts";
import type { WarningCode } from "../schemas/warningCode.ts";

/** An article's warnings, split by its `acknowledge:` list. */
export interface AcknowledgedWarnings {
  /** Warnings to print: those not acknowledged, and any `acknowledge:` entry that matched nothing. */
  warnings: ContentProblem[];
  /** Warnings the editor acknowledged, marked so: `check --all` lists them, the counts count them. */
  acknowledged: ContentProblem[];
}

/**
 * Applies an article's `acknowledge:` list (warning codes the editor checked and keeps, because the
 * text is faithful to the source) to its warnings. An entry that matches no warning of the article
 * is itself a warning, so an acknowledgement does not outlive the oddity it was for.
 */
export function acknowledgeWarnings(
  warnings: readonly ContentProblem[],
  acknowledge: readonly WarningCode[],
  file: string,
  lineOf: (path: readonly (string | number)[]) => number,
): AcknowledgedWarnings {
  const codes = new Set<string>(acknowledge);
  const kept: ContentProblem[] = [];
  const acknowledged: ContentProblem[] = [];
  for (const warning of warnings) {
    if (warning.code !== undefined && codes.has(warning.code)) acknowledged.push({ ...warning, acknowledged: true });
    else kept.push(warning);
  }
  acknowledge.forEach((code, index) => {
    if (acknowledged.some((w) => w.code === code)) return;
    kept.push({
      file,
      line: lineOf(["acknowledge", index]),
      field: `acknowledge.${index}`,
      severity: "warning",
      message: `\`acknowledge\` lists \`${code}\`, but this article has no such warning`,
      fix: `delete \`${code}\` from \`acknowledge\` (the oddity it was for is gone)`,
    });
  });
  return { warnings: kept, acknowledged };
}
