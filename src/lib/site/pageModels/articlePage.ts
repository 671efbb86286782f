import type { Quote } from "../../schemas/quote.ts";
import type { Speaker } from "../../schemas/speaker.ts";
import type { Topic } from "../../schemas/topic.ts";
import type { SiteArticle, SiteIndex } from "../siteIndex.ts";
import type { Labelled } from "./articleRef.ts";

/** Everything an article page shows: the page renders from this alone. */
export interface ArticlePageModel {
  article: SiteArticle;
  speakers: Speaker[];
  topics: Topic[];
  policies: Labelled[];
  /** Quotes in the headline (they may shorten what the body says). */
  headlineQuotes: Pick<Quote, "id" | "text">[];
}

/** The model of an article's page. */
export function articlePageModel(site: SiteIndex, article: SiteArticle): ArticlePageModel {
  return {
    article,
    speakers: article.speakers.flatMap((id) => site.speaker.get(id) ?? []),
    topics: article.topics.flatMap((id) => site.topic.get(id) ?? []),
    policies: (site.policiesByArticle.get(article.id) ?? []).map((p) => ({ id: p.id, title: p.title })),
    headlineQuotes: (site.quotesByArticle.get(article.id) ?? [])
      .filter((q) => q.kind === "headline")
      .map((q) => ({ id: q.id, text: q.text })),
  };
}
