import type { SourceFile } from "../articles/parseArticle.ts";
import { ContentError, problem, type ContentProblem } from "../errors.ts";
import { parseYamlWithLines, type LocatedYaml } from "../frontmatter/yamlWithLines.ts";
import { zodProblems } from "../frontmatter/zodProblems.ts";
import { siteConfigSchema, type SiteConfig } from "../schemas/site.ts";
import { prepareSource } from "../text/prepareSource.ts";

/** The mark `archive init` puts in every value the editor must replace (src/lib/siteConfig/newArchive.ts). */
export const PLACEHOLDER_MARK = "TODO";

/** The site's identity read from `site.yaml`, and what did not stop it. */
export interface ParsedSiteConfig {
  config: SiteConfig;
  /** Decomposed Hangul read as NFC, placeholders still to replace. */
  warnings: ContentProblem[];
}

/** What to write for each field when it is missing. */
const MISSING_FIELD_FIXES: Readonly<Record<string, string>> = {
  name: "add `name:` with the archive's name, e.g. `name: ○○시장 언론 발언 아카이브`",
  description: "add `description:` with a sentence or two on what the archive collects (the home page's introduction)",
  origin: "add `origin:` with the address the site is served at, e.g. `origin: https://archive.example.org`",
  licence:
    "add `licence:` with the line on rights shown in the footer, e.g. `licence: 기사 원문의 저작권은 각 언론사에 있습니다.`",
  "publisher.name": "add `name:` under `publisher:` with who runs the archive",
  "publisher.contact": "add `contact:` under `publisher:` with an e-mail address or a web address",
};

/** Zod's problems, with the fix for a missing field saying what that field holds. */
function withFieldFixes(problems: ContentProblem[]): ContentProblem[] {
  return problems.map((p) => {
    const fix = p.field === undefined ? undefined : MISSING_FIELD_FIXES[p.field];
    return fix && p.message.startsWith("required field") ? { ...p, fix } : p;
  });
}

/** Every text value of the file with its field path (`publisher.contact`). */
function textFields(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  }
  return [];
}

/** A warning for each value that still holds one of `archive init`'s placeholders. */
function placeholderWarnings(raw: unknown, yaml: LocatedYaml, file: string): ContentProblem[] {
  return textFields(raw)
    .filter(([, text]) => text.includes(PLACEHOLDER_MARK))
    .map(([path, text]) => {
      const field = path.join(".");
      return {
        ...problem(
          { file, line: yaml.lineOf(path), field },
          `\`${field}\` still holds a placeholder (${JSON.stringify(text)})`,
          `write the archive's own ${field} in place of the ${PLACEHOLDER_MARK} text: it is shown on every page`,
        ),
        severity: "warning" as const,
      };
    });
}

/**
 * Reads `site.yaml`, the archive's identity (name, description, language, origin, publisher,
 * licence; src/lib/schemas/site.ts). Every bad or missing field is a problem naming the file, its
 * line, the field and the fix; throws a ContentError when any is found.
 */
export function parseSiteConfig(source: SourceFile): ParsedSiteConfig {
  const file = source.path;
  const prepared = prepareSource(source.text, file);
  const result = parseYamlWithLines(prepared.text, file);
  if ("problems" in result) throw new ContentError(result.problems);
  const { yaml } = result;
  const raw = yaml.value;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ContentError([
      problem(
        { file, line: 1 },
        "the file must be a YAML mapping of the site's fields",
        "write one field per line: `name:`, `description:`, `origin:`, `licence:` (and `language:`, `publisher:`); `npm run archive -- init NEW-FOLDER` writes a complete example",
      ),
    ]);
  }
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ContentError(withFieldFixes(zodProblems(parsed.error, file, yaml)));
  return { config: parsed.data, warnings: [...prepared.warnings, ...placeholderWarnings(raw, yaml, file)] };
}
