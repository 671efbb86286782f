import { z, type ZodType, type ZodTypeDef } from "zod";
import { ContentError, problem, type ContentProblem } from "../errors.ts";
import { parseYamlWithLines } from "../frontmatter/yamlWithLines.ts";
import { zodProblems } from "../frontmatter/zodProblems.ts";
import { prepareSource } from "../text/prepareSource.ts";
import type { SourceFile } from "../articles/parseArticle.ts";

/** Entries of a registry file with the line each starts on, and any warnings. */
export interface ParsedRegistry<T> {
  /** Validated entries in file order. */
  entries: T[];
  /** 1-based line of each entry, by id. */
  lines: Map<string, number>;
  /** Problems that do not stop the build. */
  warnings: ContentProblem[];
}

/**
 * Parses a YAML registry (`speakers.yaml`, `topics.yaml`): a list of entries with an `id`, each
 * validated by `schema`. Every bad entry and every repeated id is reported; throws a ContentError.
 */
export function parseRegistry<T extends { id: string }>(
  source: SourceFile,
  schema: ZodType<T, ZodTypeDef, unknown>,
): ParsedRegistry<T> {
  const file = source.path;
  const prepared = prepareSource(source.text, file);
  const result = parseYamlWithLines(prepared.text, file);
  if ("problems" in result) throw new ContentError(result.problems);
  const { yaml } = result;
  const list = z.array(z.unknown()).safeParse(yaml.value ?? []);
  if (!list.success) {
    throw new ContentError([
      problem({ file, line: 1 }, "the file must be a YAML list of entries", "start each entry with `- id: …`"),
    ]);
  }
  const problems: ContentProblem[] = [];
  const entries: T[] = [];
  const lines = new Map<string, number>();
  list.data.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file, yaml, [index]));
      return;
    }
    const line = yaml.lineOf([index]);
    const earlier = lines.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push(
        problem(
          { file, line, field: `${index}.id` },
          `id \`${parsed.data.id}\` is used twice (first on line ${earlier})`,
          "give each entry its own id, or merge the two entries",
        ),
      );
      return;
    }
    lines.set(parsed.data.id, line);
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { entries, lines, warnings: prepared.warnings };
}
