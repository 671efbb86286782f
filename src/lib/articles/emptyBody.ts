import type { ContentProblem } from "../errors.ts";

/**
 * A warning for an article with no text after its front matter (or only white space, comments or
 * markup with no words): it would be published as a headline over an empty page. At the line where
 * the body should start.
 */
export function emptyBodyWarnings(plainText: string, file: string, bodyLine: number): ContentProblem[] {
  if (plainText.trim() !== "") return [];
  return [
    {
      file,
      line: bodyLine,
      field: "body",
      severity: "warning",
      code: "empty-body",
      message: "the article has no text: nothing follows the front matter, so its page would show the headline alone",
      fix: "paste the article's text below the closing `---`; if the source really has none, say so in `notes:` and add `acknowledge: [empty-body]`",
    },
  ];
}
