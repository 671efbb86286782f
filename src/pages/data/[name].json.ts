import type { APIRoute, GetStaticPaths } from "astro";
import { exportPaths, exportResponse, type ExportProps } from "../../site/exportRoute.ts";

/** `/data/<name>.json` for every collection (src/site/exportRoute.ts). */
export const getStaticPaths = (() => exportPaths("json")) satisfies GetStaticPaths;

export const GET: APIRoute<ExportProps> = ({ props }) => exportResponse(props);
