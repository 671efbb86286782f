import { SEARCH_TYPES, type SearchType } from "./documents.ts";
import type { SearchQuery } from "./runSearch.ts";

/**
 * Reads a search from a URL query string (`?q=…&type=quote&speaker=…&topic=…&from=…&to=…`),
 * ignoring an unknown type. Dates are kept as given, so that a bad one is reported
 * (`dateRangeProblem`) rather than quietly dropped.
 */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const type = params.get("type");
  const date = (name: string): string | undefined => params.get(name)?.trim() || undefined;
  return {
    q: params.get("q") ?? "",
    types: SEARCH_TYPES.includes(type as SearchType) ? [type as SearchType] : [],
    speaker: params.get("speaker") || undefined,
    topic: params.get("topic") || undefined,
    from: date("from"),
    to: date("to"),
  };
}

/** Writes a search as a query string, leaving out what is empty, so a shared URL is short. */
export function searchParamsOf(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.types?.[0]) params.set("type", query.types[0]);
  for (const key of ["speaker", "topic", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
