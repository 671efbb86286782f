// The thread behind startSiteCheck (src/io/editRecord/siteCheck.ts): reads the records of the
// site's files and looks at each file on disk, while the quick build parses and patches.
import { parentPort, workerData } from "node:worker_threads";
import { astroRecordFile } from "../astroReuse/astroReuse.ts";
import { exportsRecordFile } from "../exportsFolder.ts";
import { pageRecordFile } from "../pageReuse/buildReuse.ts";
import { readPageRecord } from "../pageReuse/manifest.ts";
import { alteredPages } from "../pageReuse/pageFingerprint.ts";
import { alteredFiles, alteredRecordedFiles } from "../recordedFiles.ts";
import { readEditRecord } from "./editRecord.ts";
import type { SiteCheck, SiteCheckJob } from "./siteCheck.ts";

const { cacheDir, site } = workerData as SiteCheckJob;

function check(): SiteCheck {
  const pages = readPageRecord(pageRecordFile(cacheDir));
  const index = readEditRecord(cacheDir)?.index;
  if (pages?.site !== site || pages.generation === undefined || !index) return undefined;
  const astro = alteredRecordedFiles(astroRecordFile(cacheDir), site);
  const exports = alteredRecordedFiles(exportsRecordFile(cacheDir), site);
  if (astro === undefined || exports === undefined) return undefined;
  return { generation: pages.generation, altered: alteredPages(pages) + astro + exports + alteredFiles(site, index) };
}

parentPort?.postMessage(check());
