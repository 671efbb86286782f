import type { SiteIndex } from "../siteIndex.ts";
import { articleItem, quoteItems, type ArticleListItem, type QuoteListItem } from "./listPages.ts";

/** A speaker or topic as the home page lists it: a link and a count. */
export interface CountedLink {
  id: string;
  label: string;
  count: number;
}

/** The home page: the archive's size, its latest articles and quotes, its years, speakers and topics. */
export interface HomePageModel {
  articleCount: number;
  quoteCount: number;
  /** The 10 latest articles. */
  latest: ArticleListItem[];
  /** The years with articles, latest first. */
  years: number[];
  /** Up to six quotes: the first of each recent article's first body statement. */
  notable: QuoteListItem[];
  /** Every speaker with their number of quotes. */
  speakers: CountedLink[];
  /** Every topic with its number of articles. */
  topics: CountedLink[];
}

/** The home page's model. */
export function homePageModel(site: SiteIndex): HomePageModel {
  const notable = site.articles
    .flatMap((a) => (site.quotesByArticle.get(a.id) ?? []).filter((q) => q.kind === "body" && q.part === 0).slice(0, 1))
    .slice(0, 6);
  return {
    articleCount: site.articles.length,
    quoteCount: site.quotes.length,
    latest: site.articles.slice(0, 10).map(articleItem),
    years: [...site.articlesByYear.keys()],
    notable: quoteItems(site, notable),
    speakers: site.speakers.map(({ id, name }) => ({
      id,
      label: name,
      count: site.quotesBySpeaker.get(id)?.length ?? 0,
    })),
    topics: site.topics.map(({ id, label }) => ({ id, label, count: site.articlesByTopic.get(id)?.length ?? 0 })),
  };
}
