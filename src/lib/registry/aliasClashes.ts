import { problem, type ContentProblem } from "../errors.ts";
import type { Speaker } from "../schemas/speaker.ts";

/** How two spellings of one alias are compared: NFC, runs of white space as one space. */
function aliasKey(alias: string): string {
  return alias.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * Names and aliases that two speakers share. The quote extractor finds a speaker by these words,
 * so a shared one would silently give one person's quotes to the other: each clash is an error on
 * the later entry's line (`lines`: each entry's line, by id), naming both entries.
 */
export function aliasClashes(
  speakers: readonly Speaker[],
  lines: ReadonlyMap<string, number>,
  file: string,
): ContentProblem[] {
  const owner = new Map<string, Speaker>();
  const problems: ContentProblem[] = [];
  for (const speaker of speakers) {
    const own = new Set([speaker.name, ...speaker.aliases].map(aliasKey));
    for (const key of own) {
      const first = owner.get(key);
      if (!first) {
        owner.set(key, speaker);
        continue;
      }
      problems.push(
        problem(
          { file, line: lines.get(speaker.id), field: "aliases" },
          `\`${key}\` names both \`${first.id}\` (line ${lines.get(first.id) ?? "?"}) and \`${speaker.id}\`: quotes with it would go to one of them at random`,
          `keep \`${key}\` in one entry only; a short form that fits both people (such as a surname and title) belongs in neither, and their quotes get \`quotes: fix\` in the article`,
        ),
      );
    }
  }
  return problems;
}
