import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { startTsWorker } from "../tsWorker.ts";
import type { PageJob, PageMessage } from "./pageWorker.ts";

/** What the page workers did: pages written, and pages left to be linked from the last site. */
export interface PageWorkResult {
  rendered: number;
  reused: number;
  /** Of the reused pages, those taken as recorded without making their models (BuildPlan's `siteUnchanged`). */
  asRecorded: number;
}

/**
 * The young generation of a page worker's heap: each page makes short-lived strings and objects,
 * and fewer, larger scavenges cost less CPU (as for the parse workers and the Astro build).
 */
const PAGE_YOUNG_GENERATION_MB = 96;

/** When the page workers start: `now` of them at once, the rest once `rest` has come (and only if pages are left). */
export interface PageWorkerStart {
  now: number;
  rest: Promise<unknown>;
}

/**
 * Starts the plan's page workers (src/io/pageRender/pageWorker.ts), which write the pages of the
 * worker routes while Astro renders the rest, `start.now` of them at once and the others when
 * `start.rest` has come: they take pages from one shared counter, so a late worker takes what is
 * left. `onProgress` hears, now and then, how many pages all workers have done of how many.
 * Resolves when all have finished; rejects with the first failure (or `start.rest`'s), after
 * stopping the others. `signal` stops them all (the build failed elsewhere).
 */
export function runPageWorkers(
  plan: BuildPlan,
  start: PageWorkerStart,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<PageWorkResult> {
  const count = plan.pages.workers;
  const next = new SharedArrayBuffer(4);
  const done = new Array<number>(count).fill(0);
  const running: { terminate(): unknown }[] = [];
  let stopped = false;
  const stopAll = (): void => {
    stopped = true;
    for (const worker of running) void worker.terminate();
  };
  signal?.addEventListener("abort", stopAll, { once: true });
  const run = (shard: number): Promise<PageWorkResult> => {
    if (stopped) return Promise.resolve({ rendered: 0, reused: 0, asRecorded: 0 });
    const worker = startTsWorker(new URL("./pageWorker.ts", import.meta.url), { plan, shard, next } satisfies PageJob, {
      maxOldGenerationSizeMb: plan.pages.heapMb,
      maxYoungGenerationSizeMb: PAGE_YOUNG_GENERATION_MB,
    });
    running.push(worker);
    return new Promise<PageWorkResult>((resolve, reject) => {
      let result: PageWorkResult | undefined;
      worker.on("message", (message: PageMessage) => {
        if (message.kind === "done") {
          const { rendered, reused, asRecorded } = message;
          result = { rendered, reused, asRecorded };
        } else {
          done[shard] = message.done;
          onProgress(
            done.reduce((a, b) => a + b, 0),
            message.total,
          );
        }
      });
      worker.once("error", (error: Error & { code?: string }) =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new Error(
                `page worker ${shard + 1} of ${count} ran out of memory (its heap may grow to ${plan.pages.heapMb} MB): free memory, or build a smaller archive`,
              )
            : error,
        ),
      );
      worker.once("exit", (code) =>
        result
          ? resolve(result)
          : reject(new Error(`page worker ${shard + 1} of ${count} ended (exit code ${code}) before it had finished`)),
      );
    });
  };
  const first = Math.min(start.now, count);
  const early = Array.from({ length: first }, (_, shard) => run(shard));
  let earlyEnded = false;
  if (first > 0) void Promise.allSettled(early).then(() => (earlyEnded = true));
  // A worker started once the others have taken every page would only read the site's data for nothing.
  const late = start.rest.then(() =>
    Promise.all(Array.from({ length: count - first }, (_, i) => (earlyEnded ? undefined : run(first + i)))),
  );
  return Promise.all([...early, late]).then(
    (results) => {
      signal?.removeEventListener("abort", stopAll);
      return results
        .flat()
        .filter((r): r is PageWorkResult => r !== undefined)
        .reduce((sum, r) => ({
          rendered: sum.rendered + r.rendered,
          reused: sum.reused + r.reused,
          asRecorded: sum.asRecorded + r.asRecorded,
        }));
    },
    (error: unknown) => {
      stopAll();
      throw error;
    },
  );
}
