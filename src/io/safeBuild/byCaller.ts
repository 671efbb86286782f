/**
 * Set by `npm run build` for the Astro build it runs: it writes the search index (made while Astro
 * renders) and the sitemap (once the pages kept from the last build are in) itself, so the
 * integrations that write them at the end of a plain `astro build` must not.
 */
export const WRITTEN_BY_CALLER = "ARCHIVE_WRITTEN_BY_CALLER";
