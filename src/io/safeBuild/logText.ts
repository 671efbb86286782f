// How the build log words counts and folders.
import path from "node:path";
import { exampleOriginWarning, isExampleOrigin } from "../../lib/siteConfig/exampleOrigin.ts";

/** `n noun` or `n nouns`. */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** A folder as the log shows it: relative to the project when inside it. */
export function shown(cwd: string, dir: string): string {
  const relative = path.relative(cwd, dir);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
}

/** The line a build prints once the content is checked. */
export function contentOkLine(counts: { articles: number; quotes: number; warnings: number }): string {
  return `content ok: ${plural(counts.articles, "article")}, ${plural(counts.quotes, "quote")}, ${plural(counts.warnings, "warning")}\n`;
}

/** The warning for a site built for the example origin (its links point nowhere), naming the file to fix; else undefined. */
export function exampleOriginNotice(origin: string, contentDir: string, cwd: string): string | undefined {
  return isExampleOrigin(origin)
    ? exampleOriginWarning(origin, shown(cwd, path.join(contentDir, "site.yaml")))
    : undefined;
}
