import type { APIRoute, GetStaticPaths } from "astro";
import { toCsv } from "../../lib/exports/csv.ts";
import { EXPORT_NAMES, exportRecords, type ExportName } from "../../lib/exports/records.ts";
import { siteData } from "../../site/data.ts";

/** `/data/<name>.json` and `/data/<name>.csv` for every collection. */
export const getStaticPaths = (() =>
  EXPORT_NAMES.flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, format: "json" as const } },
    { params: { file: `${name}.csv` }, props: { name, format: "csv" as const } },
  ])) satisfies GetStaticPaths;

type Props = { name: ExportName; format: "json" | "csv" };

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const records = exportRecords(await siteData(), String(site))[props.name];
  return props.format === "json"
    ? new Response(`${JSON.stringify(records, null, 2)}\n`, {
        headers: { "Content-Type": "application/json; charset=utf-8" },
      })
    : new Response(toCsv(records), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
