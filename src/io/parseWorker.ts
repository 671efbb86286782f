// A worker thread parsing a share of an archive's articles (see parallelUnits.ts).
import { parentPort, workerData } from "node:worker_threads";
import { articleUnit, unitContextOf } from "../lib/archive/articleUnit.ts";
import {
  millisecondsSince,
  PROGRESS_INDEX,
  PROGRESS_STARTED,
  UNITS_PER_MESSAGE,
  type ParsedChunk,
  type ParseJob,
} from "./parseProgress.ts";

const job = workerData as ParseJob;
const progress = new Int32Array(job.progress);
const context = unitContextOf(job.speakers, job.topics, job.now);
let chunk: ParsedChunk = { from: 0, units: [] };
job.articles.forEach((file, index) => {
  // The start time first: a reader who sees this index then sees its start time, not the last one's.
  Atomics.store(progress, PROGRESS_STARTED, Math.round(millisecondsSince(job.origin)));
  Atomics.store(progress, PROGRESS_INDEX, index);
  const unit = context ? articleUnit(file, context) : undefined;
  // Units with errors are left to the main thread, which reports them in order with the rest.
  chunk.units.push(unit && unit.problems.length === 0 ? unit : null);
  if (chunk.units.length === UNITS_PER_MESSAGE) {
    parentPort?.postMessage(chunk);
    chunk = { from: index + 1, units: [] };
  }
});
parentPort?.postMessage(chunk);
