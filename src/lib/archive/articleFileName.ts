import { problem, type ContentProblem } from "../errors.ts";

/** Extensions an editor may mean as Markdown, but that the archive does not read. */
const NEAR_MISS = /\.(md|markdown|mdown|mkdn?|mdwn|mdx|txt|text)$/iu;

/**
 * What a file under `articles/` is: an article (`….md`), or a problem for any other file, so that
 * nothing in the folder is skipped in silence. A near-miss name (`.MD`, `.markdown`, `.txt`) is an
 * error, since the editor surely meant an article that would otherwise vanish from the site;
 * anything else (a hidden file, a backup, an image) is a warning. `file` is content-relative.
 */
export function classifyArticleFile(file: string): { article: true } | { article: false; problem: ContentProblem } {
  if (file.endsWith(".md")) return { article: true };
  const name = file.slice(file.lastIndexOf("/") + 1);
  const nearMiss = NEAR_MISS.exec(name);
  if (nearMiss && !name.startsWith(".")) {
    const stem = name.slice(0, name.length - nearMiss[0].length);
    return {
      article: false,
      problem: problem(
        { file },
        `\`${name}\` is not read as an article: article files end in lower-case \`.md\``,
        `rename it to \`${stem}.md\` (or move it out of content/articles/ if it is not an article)`,
      ),
    };
  }
  return {
    article: false,
    problem: {
      ...problem(
        { file },
        `\`${name}\` is not an article (only \`.md\` files are): it is not published`,
        "move it out of content/articles/, or delete it if an editor or the system left it there",
      ),
      severity: "warning",
    },
  };
}
