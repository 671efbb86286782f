import type { Quote } from "../../schemas/quote.ts";
import type { Speaker } from "../../schemas/speaker.ts";
import { firstWhere, type SiteIndex } from "../siteIndex.ts";
import { articleRef, type ArticleRef, type Labelled } from "./articleRef.ts";
import { quoteCard, type QuoteCard } from "./quoteCard.ts";
import { roleThenLabel } from "../../registry/roleAt.ts";
import { clusterReports, type ClusterReport } from "./clusterReports.ts";
import { quoteCorrections, type QuoteCorrections } from "../../articles/corrections.ts";

/** How many other quotes of the same speaker a quote page lists. */
const MORE_FROM_SPEAKER = 5;

/** Everything a quote page shows: the page renders from this alone. */
export interface QuotePageModel {
  quote: Quote;
  article: ArticleRef;
  speaker: Speaker | null;
  /** The other spans of the same statement, in order. */
  statement: QuoteCard[];
  /** The speaker's latest quotes from other statements, with their articles' titles. */
  more: { quote: QuoteCard; articleTitle: string | null }[];
  policies: Labelled[];
  /** The speaker's office on the quote's date from the registry (`당시 광주광역시장`), or null. */
  roleThen: string | null;
  /** The topics the quote is filed under, with their labels (why: `quote.topicBasis`). */
  topics: { id: string; label: string }[];
  /** Every article's report of the same words, first report first; empty when only this article has them. */
  cluster: ClusterReport[];
  /** The article's corrections that name this quote, and how many others the article has. */
  corrections: QuoteCorrections;
}

/** The model of a quote's page. */
export function quotePageModel(site: SiteIndex, quote: Quote): QuotePageModel {
  const article = site.article.get(quote.article);
  if (!article) throw new Error(`quote ${quote.id} points at a missing article ${quote.article}`);
  const speaker = (quote.speaker ? site.speaker.get(quote.speaker) : undefined) ?? null;
  const more = firstWhere(
    quote.speaker ? (site.quotesBySpeaker.get(quote.speaker) ?? []) : [],
    MORE_FROM_SPEAKER,
    // Not this statement, nor another article's report of the same words (the cluster lists those).
    (q) => q.statement !== quote.statement && (quote.cluster === null || q.cluster !== quote.cluster),
  );
  return {
    quote,
    article: articleRef(article),
    speaker,
    statement: (site.quotesByStatement.get(quote.statement) ?? []).filter((q) => q.id !== quote.id).map(quoteCard),
    more: more.map((q) => ({ quote: quoteCard(q), articleTitle: site.article.get(q.article)?.title ?? null })),
    cluster: clusterReports(site, quote),
    corrections: quoteCorrections(article.corrections, quote),
    roleThen: speaker && quote.level !== "unconfirmed" ? roleThenLabel(speaker, quote.published) : null,
    topics: quote.topics.flatMap((id) => {
      const topic = site.topic.get(id);
      return topic ? [{ id: topic.id, label: topic.label }] : [];
    }),
    policies: quote.policies.flatMap((id) => {
      const policy = site.policy.get(id);
      return policy ? [{ id: policy.id, title: policy.title }] : [];
    }),
  };
}
