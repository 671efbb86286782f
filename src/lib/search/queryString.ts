import { SEARCH_TYPES, type SearchType } from "./documents.ts";
import type { SearchQuery } from "./runSearch.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Reads a search from a URL query string (`?q=…&type=quote&speaker=…&topic=…&from=…&to=…`), ignoring invalid values. */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const type = params.get("type");
  const date = (name: string): string | undefined => {
    const value = params.get(name) ?? "";
    return DATE.test(value) ? value : undefined;
  };
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
