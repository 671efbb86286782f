// The search page in the browser: form ⇄ query string, lazy index loading, results as DOM nodes.
import { highlightPieces, type Piece } from "../../lib/search/highlight.ts";
import { parseSearchParams, searchParamsOf } from "../../lib/search/queryString.ts";
import { PAGE_HITS, prefetchQuery, runSearch, type SearchHit, type SearchQuery } from "../../lib/search/runSearch.ts";
import { fetchStore, type SearchStore } from "../../lib/search/store.ts";
import type { SearchType } from "../../lib/search/documents.ts";
import { displayText, publishedLabel } from "../../lib/site/format.ts";
import { dateRangeProblem, dateRangeProblemKorean, searchDateLabel } from "../../lib/search/dateRange.ts";

const TYPE_LABELS: Record<SearchType, string> = { quote: "발언", article: "기사", policy: "정책" };

let store: SearchStore | undefined;
/** The index is fetched piece by piece, and only once search is first used. */
function indexStore(): SearchStore {
  store ??= fetchStore("/search/index/", async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.text();
  });
  return store;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

/** A result's text, its matches marked, shown as the site's pages show text (`displayText`). */
function piecesInto(parent: HTMLElement, pieces: readonly Piece[]): void {
  for (const piece of pieces) {
    if (piece.marked) {
      const mark = document.createElement("mark");
      mark.textContent = displayText(piece.text);
      parent.append(mark);
    } else parent.append(document.createTextNode(displayText(piece.text)));
  }
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `search-hit search-hit-${hit.doc.type}`;
  const link = document.createElement("a");
  link.href = hit.doc.url;
  const kind = document.createElement("span");
  kind.className = "hit-type";
  kind.textContent = TYPE_LABELS[hit.doc.type];
  if (hit.doc.type === "quote") {
    link.append(document.createTextNode("“"));
    piecesInto(link, highlightPieces(hit.doc.text, hit.textRanges, 120));
    link.append(document.createTextNode("”"));
  } else piecesInto(link, highlightPieces(hit.doc.title, hit.titleRanges, 200));
  const meta = document.createElement("p");
  meta.className = "hit-meta";
  const who = hit.doc.type === "quote" ? `${hit.doc.speakerName ?? "화자 미확인"} · ${displayText(hit.doc.title)}` : "";
  // A known day as every page writes it (2019년 10월 2일), not as the index stores it (2019-10-02).
  const when = hit.doc.date === null ? searchDateLabel(null, hit.doc.year) : publishedLabel(hit.doc.date);
  meta.textContent = [who, when].filter(Boolean).join(" · ");
  item.append(kind, " ", link, meta);
  if (hit.doc.type !== "quote") {
    const snippet = document.createElement("p");
    snippet.className = "hit-snippet";
    piecesInto(snippet, highlightPieces(hit.doc.text, hit.textRanges));
    item.append(snippet);
  }
  return item;
}

/** With a date range: how many results have no known date, and where they are. */
function undatedNote(undated: number, more: boolean): string {
  if (undated === 0 && !more) return "";
  const count = undated === 0 ? "도 있을 수 있습니다" : ` ${undated}${more ? "건 이상" : "건"}`;
  return ` · 날짜 미상${count}: 기간 안인지 알 수 없어 맨 뒤에 둡니다`;
}

function readForm(form: HTMLFormElement): SearchQuery {
  return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(form: HTMLFormElement, query: SearchQuery): void {
  const set = (name: string, value: string | undefined): void => {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = value ?? "";
  };
  set("q", query.q);
  set("type", query.types?.[0]);
  set("speaker", query.speaker);
  set("topic", query.topic);
  set("from", query.from);
  set("to", query.to);
}

/** Wires the search page: runs the search in the URL, and every change after it. */
export function startSearchPage(): void {
  const form = byId<HTMLFormElement>("search-form");
  const status = byId<HTMLParagraphElement>("search-status");
  const results = byId<HTMLOListElement>("search-results");
  const moreButton = byId<HTMLButtonElement>("search-more");
  let limit = PAGE_HITS;
  let run = 0;

  const dateFields = { from: byId<HTMLInputElement>("from"), to: byId<HTMLInputElement>("to") };

  /** Shows a query's results (or its error); a later call supersedes it. */
  async function show(query: SearchQuery): Promise<void> {
    const mine = (run += 1);
    moreButton.hidden = true;
    // A date range that cannot be searched (a URL's 2024-13-01, or from after to) is said so,
    // instead of an empty result.
    const problem = dateRangeProblem(query);
    for (const [field, input] of Object.entries(dateFields)) {
      if (problem?.field === field) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    if (problem) {
      results.replaceChildren();
      status.textContent = dateRangeProblemKorean(problem, query);
      return;
    }
    if (!query.q.trim()) {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = "찾는 중…";
    try {
      const result = await runSearch(indexStore(), { ...query, limit });
      if (mine !== run) return;
      results.replaceChildren(...result.hits.map(resultItem));
      moreButton.hidden = !(result.more || result.total > result.hits.length);
      status.textContent =
        result.notice === "too-short"
          ? "두 글자 이상 입력해 주세요."
          : result.hits.length === 0
            ? `“${query.q}”에 맞는 결과가 없습니다.`
            : `${result.total}${result.more ? "건 이상" : "건"}의 결과${result.total > result.hits.length ? ` 중 ${result.hits.length}건` : ""}${undatedNote(result.undated, result.undatedMore)}`;
    } catch (error) {
      if (mine === run)
        status.textContent = `검색 색인을 불러오지 못했습니다 (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  function update(mode: "push" | "replace"): void {
    limit = PAGE_HITS;
    const query = readForm(form);
    const search = searchParamsOf(query).toString();
    const url = `${location.pathname}${search ? `?${search}` : ""}`;
    // The history entry is written once the results are shown, in a task of its own so that they
    // are painted first: writing it takes the main thread a few milliseconds, and done first it
    // held up the index requests the results wait for (the benchmark's search times showed it).
    const shown = show(query);
    const mine = run; // show() numbered this search before its first await
    void shown.then(() =>
      setTimeout(() => {
        if (mine === run && url !== `${location.pathname}${location.search}`)
          history[mode === "push" ? "pushState" : "replaceState"](null, "", url);
      }),
    );
  }

  // What a search will need first (the meta file, the shards of the words typed so far) starts
  // loading as soon as the reader focuses the box or types, so pressing Enter finds it under way.
  const input = byId<HTMLInputElement>("q");
  input.addEventListener("focus", () => prefetchQuery(indexStore(), "").catch(() => undefined), { once: true });
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", (event) => {
    if ((event.target as HTMLElement).id !== "q") return;
    void prefetchQuery(indexStore(), input.value).catch(() => undefined);
    clearTimeout(typing);
    typing = setTimeout(() => update("replace"), 200);
  });
  form.addEventListener("change", (event) => {
    if ((event.target as HTMLElement).id !== "q") update("push");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update("push");
  });
  moreButton.addEventListener("click", () => {
    limit += PAGE_HITS;
    void show(readForm(form));
  });
  window.addEventListener("popstate", () => {
    limit = PAGE_HITS;
    const query = parseSearchParams(new URLSearchParams(location.search));
    fillForm(form, query);
    void show(query);
  });
  const initial = parseSearchParams(new URLSearchParams(location.search));
  fillForm(form, initial);
  if (initial.q) void show(initial);
}
