import { parseArchiveDate } from "../dates/kst.ts";
import { paths } from "../exports/paths.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import type { ArticleData } from "../site/siteIndex.ts";

/** The kinds of record search finds, in the order results of equal weight are shown. */
export const SEARCH_TYPES = ["quote", "policy", "article"] as const;
/** One kind of search record. */
export type SearchType = (typeof SEARCH_TYPES)[number];

/** One searchable record: what the index holds and a result shows. */
export interface SearchDoc {
  /** The record's stable id. */
  id: string;
  type: SearchType;
  /** Headline: the article title; for a quote, its article's title; for a policy item, its title. */
  title: string;
  /** The text searched and shown: quote words, article deck and body, policy summary and figures. */
  text: string;
  /** Registry ids of the people it is by (a quote) or about (an article). */
  speakers: string[];
  /** A quote's speaker as the article names them. */
  speakerName: string | null;
  topics: string[];
  /** KST date `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** The year it is filed under: its date's, or its article's folder year when only that is known; null when undated. */
  year: number | null;
  /** The record's page. */
  url: string;
}

/** The title as search matches it: a quote is found by its own words, not by its article's headline. */
export function matchableTitle(doc: Pick<SearchDoc, "type" | "title">): string {
  return doc.type === "quote" ? "" : doc.title;
}

/** What search documents are made from. */
export interface SearchSource {
  articles: readonly Pick<
    ArticleData,
    "id" | "title" | "deck" | "plainText" | "publishedDate" | "year" | "speakers" | "topics"
  >[];
  quotes: readonly Quote[];
  policies: readonly Policy[];
}

const kstDate = (published: string | null): string | null => {
  const parsed = published === null ? null : parseArchiveDate(published);
  return parsed && typeof parsed !== "string" ? parsed.kstDate : null;
};

/** Builds the search documents, grouped by type (quotes, policy items, articles), each group in archive order. */
export function searchDocuments(source: SearchSource): SearchDoc[] {
  const articles = new Map(source.articles.map((a) => [a.id, a]));
  const quotes = source.quotes.map((q): SearchDoc => {
    const article = articles.get(q.article);
    return {
      id: q.id,
      type: "quote",
      title: article?.title ?? "",
      text: q.text,
      speakers: q.speaker ? [q.speaker] : [],
      speakerName: q.speakerName,
      topics: q.topics,
      date: kstDate(q.published),
      year: article?.year ?? null,
      url: paths.quote(q.id),
    };
  });
  const policies = source.policies.map((p): SearchDoc => ({
    id: p.id,
    type: "policy",
    title: p.title,
    text: [p.summary ?? "", ...p.figures.map((f) => `${f.label} ${f.from ?? ""} ${f.to} ${f.period ?? ""}`.trim())]
      .filter(Boolean)
      .join(" "),
    speakers: [],
    speakerName: null,
    topics: p.topics,
    date: kstDate(p.published),
    year: articles.get(p.article)?.year ?? null,
    url: paths.policy(p.id),
  }));
  const articleDocs = source.articles.map((a): SearchDoc => ({
    id: a.id,
    type: "article",
    title: a.title,
    text: [...a.deck, a.plainText].join("\n"),
    speakers: a.speakers,
    speakerName: null,
    topics: a.topics,
    date: a.publishedDate,
    year: a.year,
    url: paths.article(a.id),
  }));
  return [...quotes, ...policies, ...articleDocs];
}
