import { LineCounter, parseDocument, type Document } from "yaml";
import { problem, type ContentProblem } from "../errors.ts";
import { quickYaml } from "./quickYaml.ts";

/** YAML parsed with its source positions, so a field can be traced back to its line. */
export interface LocatedYaml {
  /** The plain value (YAML 1.2 core schema: dates stay strings, never become `Date`s). */
  value: unknown;
  /** The 1-based line of the value at a field path, or of its nearest existing parent. */
  lineOf(path: readonly (string | number)[]): number;
}

/** YAML read by the `yaml` package, with its positions: a field's line is found from them. */
function readLocated(source: string, firstLine: number) {
  const lineCounter = new LineCounter();
  // logLevel "error": YAML warnings (a complex key, say) are not printed to the console; the schema reports what matters.
  const doc: Document = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: "error",
  });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lineAt(range[0]);
    }
    return firstLine;
  };
  return { doc, lineAt, lineOf };
}

/**
 * Parses YAML text that starts on file line `firstLine` (1-based), with line lookups for fields.
 * Syntax errors come back as problems naming the file and line, never as a thrown exception.
 * Plain YAML is read quickly (src/lib/frontmatter/quickYaml.ts) and its positions only when a
 * line is asked for.
 */
export function parseYamlWithLines(
  source: string,
  file: string,
  firstLine = 1,
): { yaml: LocatedYaml } | { problems: ContentProblem[] } {
  const quick = quickYaml(source);
  if (quick) {
    let located: LocatedYaml["lineOf"] | undefined;
    const lineOf = (path: readonly (string | number)[]): number => {
      located ??= readLocated(source, firstLine).lineOf;
      return located(path);
    };
    return { yaml: { value: quick.value, lineOf } };
  }
  const { doc, lineAt, lineOf } = readLocated(source, firstLine);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) =>
        problem(
          { file, line: lineAt(error.pos[0]) },
          `YAML syntax error (${error.code}): ${error.message.split("\n")[0] ?? ""}`,
          "check the indentation, the colon after each field name, and quote values that contain `: ` or start with a special character",
        ),
      ),
    };
  }
  try {
    return { yaml: { value: doc.toJS({ maxAliasCount: 50 }), lineOf } };
  } catch (error) {
    // Unresolved or excessive YAML aliases (`*a`) fail only when the value is built.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        problem(
          { file, line: firstLine },
          `YAML aliases cannot be read: ${reason}`,
          "write each value out in full instead of using YAML anchors (&name) and aliases (*name)",
        ),
      ],
    };
  }
}
