import { readFileSync } from "node:fs";
import path from "node:path";
import type { SiteConfig } from "../../src/lib/schemas/site.ts";
import { parseSiteConfig } from "../../src/lib/siteConfig/parseSiteConfig.ts";

const SHIPPED_SITE_FILE = path.resolve(import.meta.dirname, "../../content/site.yaml");

/** The shipped archive's identity, as `content/site.yaml` gives it: what unit tests render pages with. */
export const SHIPPED_SITE: SiteConfig = parseSiteConfig({
  path: "content/site.yaml",
  text: readFileSync(SHIPPED_SITE_FILE, "utf8"),
}).config;
