import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scratchDir } from "./astroBuild.ts";

/** The id of the article of unknown year that {@link contentWithUndated} adds. */
export const UNDATED_ID = "undated-integrity-class";

/**
 * A copy of the shipped archive (whose 2021 article has no date, only its year folder) plus one
 * article of unknown year (`articles/undated/`) that mentions 청렴: the three kinds of dating a
 * date filter meets.
 */
export function contentWithUndated(): string {
  const dir = path.join(scratchDir("dates"), "content");
  cpSync("content", dir, { recursive: true });
  mkdirSync(path.join(dir, "articles/undated"));
  writeFileSync(
    path.join(dir, `articles/undated/${UNDATED_ID}.md`),
    "---\ntitle: 청렴 교육 다시 연다\npublished: null\ndateNote: 원문 사본에 날짜가 없다.\noutlet: 시험일보\n---\n\n시는 청렴 교육을 다시 연다고 밝혔다.\n",
  );
  return dir;
}
