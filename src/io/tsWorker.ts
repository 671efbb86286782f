import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * Starts a worker thread running a TypeScript module (`entry`, a file URL): the thread registers
 * tsx's loader first, as the scripts that start this process do, then imports it.
 */
export function startTsWorker(entry: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData, ...(resourceLimits ? { resourceLimits } : {}) });
}
