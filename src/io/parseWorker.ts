// A worker thread parsing a share of an archive's articles (see parallelUnits.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import { articleUnit, unitContextOf, type ArticleUnit } from "../lib/archive/articleUnit.ts";

/** What a parse worker is given. */
export interface ParseJob {
  speakers: SourceFile;
  topics: SourceFile;
  articles: SourceFile[];
}

const job = workerData as ParseJob;
const context = unitContextOf(job.speakers, job.topics);
const units: (ArticleUnit | null)[] = job.articles.map((file) => {
  if (!context) return null;
  const unit = articleUnit(file, context);
  // Units with errors are left to the main thread, which reports them in order with the rest.
  return unit.problems.length === 0 ? unit : null;
});
parentPort?.postMessage(units);
