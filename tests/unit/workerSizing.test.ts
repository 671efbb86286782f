// How many page workers a build starts, and how large each may grow: as many as cores while the
// copies of the site's data fit the budget, one for a small archive or a very large one.
import { availableParallelism } from "node:os";
import { describe, expect, test } from "vitest";
import { earlyPageWorkers, pageWorkerCount, pageWorkerHeapMb } from "../../src/io/pageRender/workerSizing.ts";

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

  test("a 100,000-article archive (about 0.8 GB of site data without bodies) gets two; three copies would pass the budget", () => {
    expect(pageWorkerCount(700_000, 800 * MB)).toBe(Math.min(cores, 2));
    expect(pageWorkerCount(700_000, 3_000 * MB)).toBe(1);
  });

  test("a worker's heap has room for three times its site data, and never less than 4 GB", () => {
    expect(pageWorkerHeapMb(115 * MB)).toBe(4096);
    expect(pageWorkerHeapMb(2_000 * MB)).toBe(6000);
  });
});

describe("page workers started beside the content worker's search index", () => {
  test("a 10,000-article archive (about 80 MB of site data) starts all but one at once, and a single worker at once", () => {
    expect(earlyPageWorkers(2, 80 * MB)).toBe(1);
    expect(earlyPageWorkers(4, 80 * MB)).toBe(3);
    expect(earlyPageWorkers(1, 80 * MB)).toBe(1);
    expect(earlyPageWorkers(1, 1 * MB)).toBe(1);
  });

  test("a large archive's workers wait for the index, a single one too", () => {
    expect(earlyPageWorkers(1, 800 * MB)).toBe(0);
    expect(earlyPageWorkers(2, 800 * MB)).toBe(0);
    expect(earlyPageWorkers(4, 700 * MB)).toBe(0);
  });
});
