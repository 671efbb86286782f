import type { ZodError, ZodIssue } from "zod";
import { problem, type ContentProblem } from "../errors.ts";
import type { LocatedYaml } from "./yamlWithLines.ts";

/** Field-specific advice, keyed by the last named segment of the field path. */
const FIELD_FIXES: Record<string, string> = {
  published:
    "write the date and time with its offset, e.g. `published: 2019-10-02T18:24:00+09:00` (a time without offset is KST); use `published: null` and a `dateNote` when the source gives no date",
  retrieved: "write the date the text was copied, e.g. `retrieved: 2024-05-01`",
  dateNote: "add `dateNote:` saying what the source tells about the date, e.g. `원문에 게재일 표기 없음`",
  url: "write the full address of the original article, starting with https://",
  id: "use lower-case letters, digits and hyphens, e.g. `lee-yong-seop`",
  speakers: "list speaker ids from content/speakers.yaml, e.g. `speakers: [lee-yong-seop]`",
  topics: "list topic ids from content/topics.yaml, e.g. `topics: [integrity]`",
  from: "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
  to: "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
};

function fieldName(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

function lastNamedSegment(path: readonly (string | number)[]): string {
  return [...path].reverse().find((segment): segment is string => typeof segment === "string") ?? "";
}

function fixFor(issue: ZodIssue, field: string): string {
  // A refinement that knows the fix best carries it (src/lib/schemas/common.ts).
  const carried: unknown = issue.code === "custom" ? issue.params?.["fix"] : undefined;
  if (typeof carried === "string") return carried;
  if (issue.code === "unrecognized_keys") {
    return `remove ${issue.keys.map((k) => `\`${k}\``).join(", ")} or correct its spelling`;
  }
  if (issue.code === "invalid_type" && issue.received === "undefined") {
    return FIELD_FIXES[lastNamedSegment(issue.path)] ?? `add the field \`${field}\``;
  }
  const specific = FIELD_FIXES[lastNamedSegment(issue.path)];
  if (specific) return specific;
  if (issue.code === "invalid_type") {
    return `write \`${field}\` as ${issue.expected === "string" ? "text (put it in quotes if YAML reads it as a number or date)" : `a ${issue.expected}`}`;
  }
  return `correct \`${field}\``;
}

function messageFor(issue: ZodIssue, field: string): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_type" && issue.received === "undefined") return `required field \`${field}\` is missing`;
  if (issue.code === "invalid_type" && issue.received === "null") return `\`${field}\` is empty`;
  if (issue.code === "invalid_type") return `\`${field}\` should be ${issue.expected}, not ${issue.received}`;
  return `\`${field}\`: ${issue.message}`;
}

/** Turns a zod validation error on YAML data into problems that name the file, line, field and fix. */
export function zodProblems(
  error: ZodError,
  file: string,
  yaml: LocatedYaml,
  fieldPrefix: readonly (string | number)[] = [],
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...fieldPrefix, ...issue.path];
    const keyPath = issue.code === "unrecognized_keys" ? [...path, issue.keys[0] ?? ""] : path;
    const field = fieldName(keyPath);
    return problem(
      { file, line: yaml.lineOf(keyPath), field: field || undefined },
      messageFor(issue, field),
      fixFor(issue, field),
    );
  });
}
