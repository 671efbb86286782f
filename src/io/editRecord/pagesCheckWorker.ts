// The thread behind startPagesCheck (src/io/editRecord/pagesCheck.ts): reads the site's page record
// and looks at every page it names on disk, while the quick build parses and patches.
import { parentPort, workerData } from "node:worker_threads";
import { readPageRecord } from "../pageReuse/manifest.ts";
import { alteredPages } from "../pageReuse/pageFingerprint.ts";
import type { PagesCheck, PagesCheckJob } from "./pagesCheck.ts";

const { manifestFile, site } = workerData as PagesCheckJob;
const manifest = readPageRecord(manifestFile);
const result: PagesCheck =
  manifest?.site === site && manifest.generation !== undefined
    ? { generation: manifest.generation, altered: alteredPages(manifest) }
    : undefined;
parentPort?.postMessage(result);
