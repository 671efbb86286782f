import matter from "gray-matter";
import { problem, type ContentProblem } from "../errors.ts";

/** A Markdown file split into its front matter source and its body. */
export interface SplitFile {
  /** The YAML between the `---` lines; its first line is line 1 of the file. */
  frontMatter: string;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
}

const refuse = (): never => {
  throw new Error("front matter in a language other than YAML is refused");
};

// gray-matter only splits here: every non-YAML engine refuses (a `---js` block would otherwise be
// evaluated), and the YAML itself is parsed afterwards with positions, so the engine returns nothing.
const SAFE_OPTIONS = {
  language: "yaml",
  engines: {
    yaml: { parse: () => ({}), stringify: () => "" },
    javascript: { parse: refuse, stringify: refuse },
    js: { parse: refuse, stringify: refuse },
    json: { parse: refuse, stringify: refuse },
    coffee: { parse: refuse, stringify: refuse },
    coffeescript: { parse: refuse, stringify: refuse },
    toml: { parse: refuse, stringify: refuse },
  },
};

const HOW_TO_START = "start the file with a line `---`, the YAML fields, then a closing line `---`";

/**
 * Splits a Markdown file (already NFC, LF line ends) into front matter and body with gray-matter,
 * hardened so that only YAML is accepted. A byte-order mark opening the file or the body is
 * dropped (remark would drop the body's, the plain-prose path would keep it as text). Problems
 * name the file and line.
 */
export function splitFrontMatter(source: string, file: string): SplitFile | { problems: ContentProblem[] } {
  const text = source.replace(/^\uFEFF/u, "");
  if (!/^---[^\n]*\n/u.test(text)) {
    return { problems: [problem({ file, line: 1 }, "the file has no front matter", HOW_TO_START)] };
  }
  const language = matter.language(text, {}).name.trim();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return {
      problems: [
        problem(
          { file, line: 1 },
          `front matter marked as \`${language}\` is refused: only YAML is read, and code in content is never run`,
          "change the first line to `---` and write the fields as YAML",
        ),
      ],
    };
  }
  if (!/\n---[ \t]*(?:\n|$)/u.test(text.slice(3))) {
    return { problems: [problem({ file, line: 1 }, "the front matter is never closed", HOW_TO_START)] };
  }
  const parsed = matter(text, SAFE_OPTIONS);
  const bodyStart = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  return { frontMatter: parsed.matter, body: parsed.content.replace(/^\uFEFF/u, ""), bodyLine };
}
