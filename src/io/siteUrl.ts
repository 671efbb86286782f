/** The origin the shipped archive is built for when `ARCHIVE_SITE_URL` is not set. */
export const DEFAULT_SITE_URL = "https://press-archive.example";

/** The site's public origin (canonical URLs, feeds, the sitemap): `ARCHIVE_SITE_URL`, else the default. */
export function siteUrlFromEnv(env: Record<string, string | undefined>): string {
  return env["ARCHIVE_SITE_URL"] || DEFAULT_SITE_URL;
}
