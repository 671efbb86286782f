import type { Quote } from "../../schemas/quote.ts";
import type { Speaker } from "../../schemas/speaker.ts";
import type { Topic } from "../../schemas/topic.ts";
import type { Policy } from "../../schemas/policy.ts";
import { withBody, type ArticleBody } from "../articleBody.ts";
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

/** What of the site an article's page reads: lookups of its speakers, topics, quotes and policy items, and its body. */
export type ArticlePageSite = Pick<
  SiteIndex,
  "speaker" | "topic" | "quotesByArticle" | "policiesByArticle" | "articleBody"
>;

/**
 * What an article's page is made from besides its body and the site's identity: the article (its
 * body left out) and what of the site it shows. Kept per article by the build (src/io/articlePageInputs.ts),
 * so that the page of an article whose body alone changed is made without the whole site.
 */
export interface ArticlePageInputs {
  article: SiteArticle;
  speakers: Speaker[];
  topics: Topic[];
  quotes: Quote[];
  policies: Policy[];
}

/** The inputs of an article's page in `site` (the article as listed there, its body left out). */
export function articlePageInputs(site: ArticlePageSite, listed: SiteArticle): ArticlePageInputs {
  return {
    article: { ...listed, html: "", plainText: "" },
    speakers: listed.speakers.flatMap((id) => site.speaker.get(id) ?? []),
    topics: listed.topics.flatMap((id) => site.topic.get(id) ?? []),
    quotes: site.quotesByArticle.get(listed.id) ?? [],
    policies: site.policiesByArticle.get(listed.id) ?? [],
  };
}

/** The site as an article's page reads it, from that page's inputs alone and the article's body. */
export function articlePageSite(inputs: ArticlePageInputs, body: ArticleBody): ArticlePageSite {
  const { id } = inputs.article;
  return {
    speaker: new Map(inputs.speakers.map((s) => [s.id, s])),
    topic: new Map(inputs.topics.map((t) => [t.id, t])),
    quotesByArticle: new Map([[id, inputs.quotes]]),
    policiesByArticle: new Map([[id, inputs.policies]]),
    articleBody: () => body,
  };
}

/** The model of an article's page. */
export function articlePageModel(site: ArticlePageSite, listed: SiteArticle): ArticlePageModel {
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
