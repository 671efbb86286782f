import type { APIRoute, GetStaticPaths } from "astro";
import { EXPORT_FORMATS, exportFileText, type ExportFormat } from "../../lib/exports/exportFiles.ts";
import { EXPORT_NAMES, exportRecords, type ExportRecord } from "../../lib/exports/records.ts";
import { buildPlan } from "../../site/buildPlan.ts";
import { siteData } from "../../site/data.ts";

type Props = { format: ExportFormat; records: ExportRecord[] };

/**
 * `/data/<name>.json` and `/data/<name>.csv` for every collection, under `astro dev` and a plain
 * `astro build`; `npm run build` writes the same files from its content worker (src/lib/exports/exportFiles.ts)
 * while the pages render, so this route lists none there.
 */
export const getStaticPaths = (async () => {
  if (buildPlan()) return [];
  const site = await siteData();
  const records = exportRecords(site, site.siteConfig.origin);
  return EXPORT_NAMES.flatMap((name) =>
    EXPORT_FORMATS.map((format) => ({
      params: { file: `${name}.${format}` },
      props: { format, records: records[name] },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(exportFileText(props.format, props.records), {
    headers: { "Content-Type": `${props.format === "json" ? "application/json" : "text/csv"}; charset=utf-8` },
  });
