import type { APIRoute, GetStaticPaths } from "astro";
import { toCsv } from "../../lib/exports/csv.ts";
import { EXPORT_NAMES, exportRecords, type ExportRecord } from "../../lib/exports/records.ts";
import { changedPages } from "../../site/changedPages.ts";
import { siteData } from "../../site/data.ts";

type Props = { format: "json" | "csv"; records: ExportRecord[] };

/**
 * `/data/<name>.json` and `/data/<name>.csv` for every collection. Each file is made from its
 * records alone, so an unchanged export is kept between builds (see src/site/changedPages.ts).
 */
export const getStaticPaths = (async () => {
  const site = await siteData();
  return changedPages<Props>("data/[file]", () => {
    const records = exportRecords(site, site.siteConfig.origin);
    return EXPORT_NAMES.flatMap((name) =>
      (["json", "csv"] as const).map((format) => ({
        params: { file: `${name}.${format}` },
        props: { format, records: records[name] },
        url: `/data/${name}.${format}`,
      })),
    );
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  props.format === "json"
    ? new Response(`${JSON.stringify(props.records, null, 2)}\n`, {
        headers: { "Content-Type": "application/json; charset=utf-8" },
      })
    : new Response(toCsv(props.records), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
