import { buildSiteSearch } from "../../lib/search/buildSiteSearch.ts";
import { SEARCH_TYPES, type SearchType } from "../../lib/search/documents.ts";
import { dateRangeProblem, dateRangeProblemText, searchDateLabel } from "../../lib/search/dateRange.ts";
import { highlightPieces } from "../../lib/search/highlight.ts";
import { runSearch, type SearchResult } from "../../lib/search/runSearch.ts";
import { memoryStore } from "../../lib/search/store.ts";
import { EXIT, type CliIo } from "../io.ts";
import { contentDirFor, loadForCli, printProblems } from "./loadForCli.ts";

/** Flags of `archive search`. */
export interface SearchFlags {
  content?: string | undefined;
  json?: boolean | undefined;
  type?: string | undefined;
  speaker?: string | undefined;
  topic?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: string | undefined;
}

/** With a date range: how many results have no known date, listed last. */
function undatedNote(result: Pick<SearchResult, "undated" | "undatedMore">): string {
  if (result.undated === 0 && !result.undatedMore) return "";
  const count = `${result.undated}${result.undatedMore ? "+" : ""}`;
  return ` (${count} of unknown date, 날짜 미상: listed last, as they may or may not fall in the range)`;
}

/**
 * `archive search <query>`: the site's search from the terminal, over the same library code and
 * the same index, built in memory from the content folder.
 */
export async function search(io: CliIo, flags: SearchFlags, words: readonly string[]): Promise<number> {
  const q = words.join(" ").trim();
  if (!q) {
    io.err("search needs a query: npm run archive -- search 청렴행정 [--type quote] [--speaker <id>] [--json]\n");
    return EXIT.usage;
  }
  if (flags.type && !SEARCH_TYPES.includes(flags.type as SearchType)) {
    io.err(`--type must be one of ${SEARCH_TYPES.join(", ")}\n`);
    return EXIT.usage;
  }
  const range = { from: flags.from, to: flags.to };
  const dateProblem = dateRangeProblem(range);
  if (dateProblem) {
    io.err(`${dateRangeProblemText(dateProblem, range)}\n`);
    return EXIT.usage;
  }
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    io.err("--limit must be a whole number of at least 1\n");
    return EXIT.usage;
  }
  const loaded = loadForCli(io, contentDirFor(io, flags.content));
  if ("problems" in loaded) {
    printProblems(io, loaded.problems);
    return EXIT.content;
  }
  const index = buildSiteSearch(loaded.archive);
  if (flags.speaker && !(flags.speaker in index.meta.speakers)) {
    io.err(`unknown speaker id: ${flags.speaker} (known: ${Object.keys(index.meta.speakers).join(", ")})\n`);
    return EXIT.usage;
  }
  const result = await runSearch(memoryStore(index), {
    q,
    types: flags.type ? [flags.type as SearchType] : [],
    speaker: flags.speaker,
    topic: flags.topic,
    from: flags.from,
    to: flags.to,
    limit,
  });
  if (flags.json) {
    io.out(
      `${JSON.stringify(
        {
          query: q,
          total: result.total,
          more: result.more,
          notice: result.notice,
          undated: result.undated,
          undatedMore: result.undatedMore,
          hits: result.hits.map((h) => h.doc),
        },
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  if (result.notice === "too-short") io.err("type at least two characters\n");
  io.err(`${result.total}${result.more ? "+" : ""} results for “${q}”${undatedNote(result)}\n`);
  result.hits.forEach((hit, i) => {
    const text = highlightPieces(hit.doc.type === "quote" ? hit.doc.text : hit.doc.text, hit.textRanges, 50)
      .map((p) => (p.marked ? `[${p.text}]` : p.text))
      .join("")
      .replace(/\s+/gu, " ");
    const who = hit.doc.speakerName ? `${hit.doc.speakerName} · ` : "";
    io.out(
      `${i + 1}. [${hit.doc.type}] ${hit.doc.title}\n   ${who}${searchDateLabel(hit.doc.date, hit.doc.year)} · ${hit.doc.url}\n   ${text}\n`,
    );
  });
  return EXIT.ok;
}
