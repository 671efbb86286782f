// How many page workers a build starts, and how large each may grow: as many as cores while the
// copies of the site's data fit the budget, one for a small archive or a very large one.
import { availableParallelism } from "node:os";
import { describe, expect, test } from "vitest";
import { pageWorkerCount, pageWorkerHeapMb } from "../../src/io/pageRender/workerSizing.ts";

const MB = 1024 ** 2;
const cores = Math.min(availableParallelism(), 4);

describe("page workers", () => {
  test("a small archive gets one worker: starting a second costs more than it saves", () => {
    expect(pageWorkerCount(52, 1 * MB)).toBe(1);
    expect(pageWorkerCount(1_999, 10 * MB)).toBe(1);
  });

  test("a 10,000-article archive (about 115 MB of site data) gets one per core", () => {
    expect(pageWorkerCount(58_224, 115 * MB)).toBe(cores);
  });

  test("a 100,000-article archive (about 1.15 GB of site data) gets one: two copies would pass the budget", () => {
    expect(pageWorkerCount(584_557, 1_150 * MB)).toBe(1);
  });

  test("a worker's heap has room for three times its site data, and never less than 4 GB", () => {
    expect(pageWorkerHeapMb(115 * MB)).toBe(4096);
    expect(pageWorkerHeapMb(2_000 * MB)).toBe(6000);
  });
});
