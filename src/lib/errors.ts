/** Where in a content file a problem sits. Lines are 1-based; `line` is absent when unknown. */
export interface ContentLocation {
  /** Path of the file, as given to the parser (relative to the project when possible). */
  file: string;
  /** 1-based line in the file. */
  line?: number | undefined;
  /** Dotted path of the front-matter or registry field, e.g. `published` or `speakers.0`. */
  field?: string | undefined;
}

/** One problem in the archive's content, phrased for an editor: what is wrong and how to fix it. */
export interface ContentProblem extends ContentLocation {
  /** What is wrong, in one sentence. */
  message: string;
  /** What the editor should do about it. */
  fix: string;
  /** `error` fails the build; `warning` is reported and the build goes on. */
  severity: "error" | "warning";
  /**
   * For a warning an article may acknowledge, its code (src/lib/schemas/warningCode.ts), printed in
   * brackets so the editor knows what to write in `acknowledge:`.
   */
  code?: string | undefined;
  /** True for a warning the article's `acknowledge:` list names: kept for `check --all`, not printed by default. */
  acknowledged?: boolean | undefined;
}

/** Formats a problem as `file:line field: message. Fix: …`, the shape editors and CI logs read. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` [${problem.field}]` : "";
  const label = problem.severity === "error" ? "error" : problem.acknowledged ? "acknowledged warning" : "warning";
  const code = problem.code ? ` (${problem.code})` : "";
  return `${where}${field} ${label}${code}: ${problem.message}\n  fix: ${problem.fix}`;
}

/**
 * The project's own error for bad content. It carries every problem found, so an editor sees them
 * all at once instead of fixing one per build.
 */
export class ContentError extends Error {
  /** Every problem found, errors and warnings alike. */
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    const count = errors.length === 1 ? "1 content error" : `${errors.length} content errors`;
    super(`${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
    // The message already says where the problem is; a stack trace into the parser only hides it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Builds a single error-severity problem; a shorthand for the common case. */
export function problem(location: ContentLocation, message: string, fix: string): ContentProblem {
  return { ...location, message, fix, severity: "error" };
}

/** Returns the same error with every problem's file prefixed (a content-relative path made project-relative). */
export function prefixFiles(error: ContentError, prefix: string): ContentError {
  return new ContentError(prefixProblemFiles(error.problems, prefix));
}

/** Prefixes the file of every problem (a content-relative path made project-relative). */
export function prefixProblemFiles(problems: readonly ContentProblem[], prefix: string): ContentProblem[] {
  return problems.map((p) => ({ ...p, file: `${prefix}${p.file}` }));
}
