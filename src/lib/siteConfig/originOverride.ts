import { ContentError, problem } from "../errors.ts";
import { originProblem, type SiteConfig } from "../schemas/site.ts";

/** The environment variable that replaces `site.yaml`'s origin for one build (a preview deploy). */
export const ORIGIN_OVERRIDE = "ARCHIVE_SITE_URL";

/**
 * The site's identity with its origin replaced by `override` (the value of {@link ORIGIN_OVERRIDE}),
 * or unchanged when there is none. An override that is not an `https://host` origin throws a
 * ContentError naming the variable, what is wrong and the fix.
 */
export function withOriginOverride(config: SiteConfig, override: string | undefined): SiteConfig {
  if (override === undefined || override === "") return config;
  const reason = originProblem(override);
  if (reason !== undefined) {
    throw new ContentError([
      problem(
        { file: ORIGIN_OVERRIDE, field: "origin" },
        `${ORIGIN_OVERRIDE}=${JSON.stringify(override)} is not a site origin: ${reason}`,
        `set ${ORIGIN_OVERRIDE} to an address such as https://preview.example.org (scheme and host only), or unset it to build for site.yaml's origin`,
      ),
    ]);
  }
  return { ...config, origin: new URL(override).origin };
}
