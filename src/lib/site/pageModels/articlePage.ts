import type { Quote } from "../../schemas/quote.ts";
import type { Speaker } from "../../schemas/speaker.ts";
import type { Topic } from "../../schemas/topic.ts";
import { withBody } from "../articleBody.ts";
import { excerpt } from "../format.ts";
import type { SiteArticle, SiteIndex } from "../siteIndex.ts";
import type { Labelled } from "./articleRef.ts";
import { articleCorrectionItems, type ArticleCorrectionItem } from "./corrections.ts";

/** How long a quote's words may be in the article's list of its quotes. */
const LISTED_WORDS = 70;

/** A quote as its article's page lists it. */
export interface ArticleQuoteItem extends Pick<Quote, "id" | "speaker" | "speakerName" | "kind"> {
  /** The words, shortened for the list. */
  words: string;
  /** True when the body holds the quote's anchor (`id="…"`), so the list links to its place there. */
  inText: boolean;
}

/** Everything an article page shows: the page renders from this alone. */
export interface ArticlePageModel {
  article: SiteArticle;
  speakers: Speaker[];
  topics: Topic[];
  policies: Labelled[];
  /** Quotes in the headline (they may shorten what the body says). */
  headlineQuotes: Pick<Quote, "id" | "text" | "headlineMatch">[];
  /** Every quote of the article, headline first then in reading order. */
  quotes: ArticleQuoteItem[];
  /** Its corrections, earliest first, each with the quotes it names (absent: none). */
  corrections?: ArticleCorrectionItem[] | undefined;
}

/**
 * The article's quotes as its page lists them. A body quote is linked to its place in the text
 * only when the body's HTML holds its anchor (the renderer anchors the quotes it finds there).
 */
export function articleQuoteItems(quotes: readonly Quote[], bodyHtml: string): ArticleQuoteItem[] {
  return quotes.map((q) => ({
    id: q.id,
    speaker: q.speaker,
    speakerName: q.speakerName,
    kind: q.kind,
    words: excerpt(q.text, LISTED_WORDS),
    inText: q.kind === "body" && bodyHtml.includes(`id="${q.id}"`),
  }));
}

/** The model of an article's page. */
export function articlePageModel(site: SiteIndex, listed: SiteArticle): ArticlePageModel {
  const article = withBody(listed, site.articleBody);
  const quotes = site.quotesByArticle.get(article.id) ?? [];
  return {
    article,
    speakers: article.speakers.flatMap((id) => site.speaker.get(id) ?? []),
    topics: article.topics.flatMap((id) => site.topic.get(id) ?? []),
    policies: (site.policiesByArticle.get(article.id) ?? []).map((p) => ({ id: p.id, title: p.title })),
    headlineQuotes: quotes
      .filter((q) => q.kind === "headline")
      .map((q) => ({ id: q.id, text: q.text, headlineMatch: q.headlineMatch })),
    quotes: articleQuoteItems(quotes, article.html),
    corrections: articleCorrectionItems(article.corrections, quotes),
  };
}
