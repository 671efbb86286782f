// The data exports as Astro serves them under `astro dev` and writes them in a plain `astro build`:
// `npm run build` writes the same files from its content worker (src/lib/exports/exportFiles.ts)
// while the pages render, so these routes list none there. One route per format; `astro dev` serves
// them at their own addresses through src/integrations/devFileRoutes.ts.
import { exportFileText, type ExportFormat } from "../lib/exports/exportFiles.ts";
import { EXPORT_NAMES, exportRecords, type ExportRecord } from "../lib/exports/records.ts";
import { buildPlan } from "./buildPlan.ts";
import { siteData } from "./data.ts";

/** What an export's route renders from. */
export type ExportProps = {
  format: ExportFormat;
  records: ExportRecord[];
};

/** Every export in `format`, for its route's getStaticPaths; none under `npm run build`. */
export async function exportPaths(format: ExportFormat): Promise<{ params: { name: string }; props: ExportProps }[]> {
  if (buildPlan()) return [];
  const site = await siteData();
  const records = exportRecords(site, site.siteConfig.origin);
  return EXPORT_NAMES.map((name) => ({ params: { name }, props: { format, records: records[name] } }));
}

/** One export file as a response. */
export function exportResponse(props: ExportProps): Response {
  const type = props.format === "json" ? "application/json" : "text/csv";
  return new Response(exportFileText(props.format, props.records), {
    headers: { "Content-Type": `${type}; charset=utf-8` },
  });
}
