import type { ContentProblem } from "../errors.ts";
import type { ReviewItem } from "../schemas/article.ts";

/**
 * One warning per open question of an article's `review` list (what the importer could not
 * decide), at the entry's line: `check` keeps listing them until the editor answers each and
 * deletes its entry, and `check --strict` fails while any is left.
 */
export function reviewWarnings(
  review: readonly ReviewItem[],
  file: string,
  lineOf: (path: readonly (string | number)[]) => number,
): ContentProblem[] {
  return review.map((item, index) => ({
    file,
    line: lineOf(["review", index]),
    field: `review.${index}`,
    message: `open question on \`${item.field}\`: ${item.question}`,
    fix: `answer it (edit \`${item.field}\`), then delete this entry of \`review\``,
    severity: "warning",
  }));
}
