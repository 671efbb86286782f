/**
 * The origin `archive init` writes and the shipped archive is built for until it has a real one:
 * a reserved name (RFC 2606) that is nobody's site.
 */
export const EXAMPLE_ORIGIN = "https://press-archive.example";

/** Top-level names reserved for examples and tests (RFC 2606, RFC 6761): no public site lives there. */
const RESERVED_TLDS = new Set(["example", "test", "invalid", "localhost"]);
/** Second-level names reserved for documentation (RFC 2606). */
const RESERVED_DOMAINS = new Set(["example.com", "example.net", "example.org"]);

/**
 * True when `origin` (an `https://host` origin) is an example address no reader can reach: a host
 * under `.example`, `.test`, `.invalid` or `.localhost`, or under `example.com`, `.net` or `.org`.
 * Canonical URLs, feeds and the sitemap of a site built for it point nowhere.
 */
export function isExampleOrigin(origin: string): boolean {
  const host = new URL(origin).hostname.toLowerCase();
  const labels = host.split(".");
  if (RESERVED_TLDS.has(labels.at(-1) ?? "")) return true;
  return RESERVED_DOMAINS.has(labels.slice(-2).join("."));
}

/** The build's one-line warning for a site built for an example origin (see {@link isExampleOrigin}). */
export function exampleOriginWarning(origin: string, siteFile: string): string {
  return `warning: the site is built for the example origin ${origin}: its canonical URLs, feeds and sitemap point nowhere; set \`origin:\` in ${siteFile} to the address the site is served at`;
}
