import type { BuildPlan } from "../buildPlan/buildPlan.ts";
import { startTsWorker } from "../tsWorker.ts";
import type { PageJob, PageMessage } from "./pageWorker.ts";

/** What the page workers did: pages written, and pages left to be linked from the last site. */
export interface PageWorkResult {
  rendered: number;
  reused: number;
}

/**
 * Starts the plan's page workers (src/io/pageRender/pageWorker.ts), which write the pages of the
 * worker routes while Astro renders the rest. `onProgress` hears, now and then, how many pages all
 * workers have done of how many. Resolves when all have finished; rejects with the first failure,
 * after stopping the others. `signal` stops them all (the build failed elsewhere).
 */
export function runPageWorkers(
  plan: BuildPlan,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<PageWorkResult> {
  const count = plan.pages.workers;
  const done = new Array<number>(count).fill(0);
  const workers = Array.from({ length: count }, (_, shard) =>
    startTsWorker(new URL("./pageWorker.ts", import.meta.url), { plan, shard } satisfies PageJob, {
      maxOldGenerationSizeMb: plan.pages.heapMb,
    }),
  );
  const stopAll = (): void => {
    for (const worker of workers) void worker.terminate();
  };
  signal?.addEventListener("abort", stopAll, { once: true });
  const finished = workers.map(
    (worker, shard) =>
      new Promise<PageWorkResult>((resolve, reject) => {
        let result: PageWorkResult | undefined;
        worker.on("message", (message: PageMessage) => {
          if (message.kind === "done") result = { rendered: message.rendered, reused: message.reused };
          else {
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
            : reject(
                new Error(`page worker ${shard + 1} of ${count} ended (exit code ${code}) before it had finished`),
              ),
        );
      }),
  );
  return Promise.all(finished).then(
    (results) => {
      signal?.removeEventListener("abort", stopAll);
      return results.reduce((sum, r) => ({ rendered: sum.rendered + r.rendered, reused: sum.reused + r.reused }));
    },
    (error: unknown) => {
      stopAll();
      throw error;
    },
  );
}
