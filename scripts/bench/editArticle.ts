// The one-article edit a warm rebuild measures: a sentence appended to an article's body, undone after.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeMarker } from "./corpus.ts";

/** The sentence appended to the edited article. */
export const APPENDED_SENTENCE = "\n시는 이번 사업의 추진 상황을 다음 달 시의회에 보고할 계획이다.\n";

/** An article edited in place, and how to put it back. */
export interface ArticleEdit {
  /** The edited file. */
  file: string;
  /** Restores the file's original text and marks the corpus clean again. */
  restore(): void;
}

/** Appends a sentence to the body of the middle article (by sorted path) of a generated content folder. */
export function editOneArticle(contentDir: string, count: number, seed: number): ArticleEdit {
  const articles = readdirSync(path.join(contentDir, "articles"), { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.endsWith(".md"))
    .sort();
  const chosen = articles[Math.floor(articles.length / 2)];
  if (!chosen) throw new Error(`${contentDir} has no articles`);
  const file = path.join(contentDir, "articles", chosen);
  const original = readFileSync(file, "utf8");
  writeMarker({ count, seed, edited: true });
  writeFileSync(file, `${original.trimEnd()}\n${APPENDED_SENTENCE}`);
  return {
    file,
    restore: () => {
      writeFileSync(file, original);
      writeMarker({ count, seed, edited: false });
    },
  };
}
