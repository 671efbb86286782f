import { paths } from "../../exports/paths.ts";
import { roleThenLabel } from "../../registry/roleAt.ts";
import type { Quote } from "../../schemas/quote.ts";
import type { Speaker } from "../../schemas/speaker.ts";
import type { Topic } from "../../schemas/topic.ts";
import { paginate, type Page } from "../paginate.ts";
import { speakerTimeline, topicTimeline } from "../charts/chartRules.ts";
import type { TimelineChart } from "../charts/timeline.ts";
import type { ArticleData, SiteIndex } from "../siteIndex.ts";
import type { Labelled } from "./articleRef.ts";
import { quoteCard, quoteCardWithRole, type QuoteCard } from "./quoteCard.ts";

/** What a list shows of an article. */
export type ArticleListItem = Pick<ArticleData, "id" | "title" | "outlet" | "published" | "year">;

/** What a speaker's page shows of them: everything but the aliases quotes are attributed by. */
export type SpeakerProfile = Omit<Speaker, "aliases">;

/** A quote in a list, with the title of its article. */
export interface QuoteListItem {
  quote: QuoteCard;
  articleTitle: string | null;
}

/**
 * One page of a paginated route: its params, its URL and its model. The model is made when `props`
 * is read, each time it is read: listing every page of a large archive costs little, and whoever
 * renders a page makes its model once and lets it go (src/lib/site/workerRoutes.ts).
 */
export interface ListPage<Model> {
  params: Record<string, string | undefined>;
  readonly props: Model;
  url: string;
}

/** The {@link ArticleListItem} fields of an article, and nothing else. */
export const articleItem = ({ id, title, outlet, published, year }: ArticleData): ArticleListItem => ({
  id,
  title,
  outlet,
  published,
  year,
});

/** Quotes as a list shows them: each one's card and its article's title. */
export const quoteItems = (site: SiteIndex, quotes: readonly Quote[]): QuoteListItem[] =>
  quotes.map((quote) => ({ quote: quoteCard(quote), articleTitle: site.article.get(quote.article)?.title ?? null }));

/** A speaker's quotes as their page lists them: each card says the speaker's role at the quote's date. */
const speakerQuoteItems = (site: SiteIndex, speaker: Speaker, quotes: readonly Quote[]): QuoteListItem[] =>
  quotes.map((quote) => ({
    quote: quoteCardWithRole(quote, roleThenLabel(speaker, quote.published)),
    articleTitle: site.article.get(quote.article)?.title ?? null,
  }));

/** The {@link SpeakerProfile} fields of a speaker (absent ones left out, as in the registry). */
function speakerProfile({ id, name, nameLatin, roles, description }: Speaker): SpeakerProfile {
  return {
    id,
    name,
    ...(nameLatin === undefined ? {} : { nameLatin }),
    roles,
    ...(description === undefined ? {} : { description }),
  };
}

/** The `page` param of a list's page: none for the first, `page/N` after it. */
const pageParam = (number: number): string | undefined => (number === 1 ? undefined : `page/${number}`);

/** Turns pages of raw items into a route's pages, each with its params and (made when read) model. */
function listPages<T, Model>(
  pages: Page<T>[],
  params: Record<string, string>,
  model: (page: Page<T>) => Model,
): ListPage<Model>[] {
  return pages.map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    get props() {
      return model(page);
    },
    url: page.path,
  }));
}

/** Replaces a page's items, keeping its place in the list. */
const withItems = <T, U>(page: Page<T>, items: U[]): Page<U> => ({ ...page, items });

/**
 * `{ chart }` on a list's first page when `make` gives one, else nothing: a chart is made once per
 * speaker or topic (its quotes read once), and a later page's model has no `chart` at all.
 */
function chartOn(page: Page<unknown>, make: () => TimelineChart | null): { chart?: TimelineChart } {
  if (page.number !== 1) return {};
  const chart = make();
  return chart === null ? {} : { chart };
}

/** `/quotes/`: every quote, 100 a page. */
export interface QuoteListModel {
  page: Page<QuoteListItem>;
  total: number;
}

/** The pages of `/quotes/`. */
export function quoteListPages(site: SiteIndex): ListPage<QuoteListModel>[] {
  return listPages(paginate(site.quotes, 100, "/quotes/"), {}, (page) => ({
    page: withItems(page, quoteItems(site, page.items)),
    total: site.quotes.length,
  }));
}

/** `/speakers/<id>/`: the speaker, their quotes 50 a page, their latest articles. */
export interface SpeakerPageModel {
  speaker: SpeakerProfile;
  /** Their quotes over time by topic, on the first page only, when they have quotes. */
  chart?: TimelineChart;
  page: Page<QuoteListItem>;
  quoteCount: number;
  /** The 20 latest articles. */
  articles: ArticleListItem[];
  articleCount: number;
}

/** The pages of every speaker. */
export function speakerPages(site: SiteIndex): ListPage<SpeakerPageModel>[] {
  return site.speakers.flatMap((speaker) => {
    const quotes = site.quotesBySpeaker.get(speaker.id) ?? [];
    const articles = site.articlesBySpeaker.get(speaker.id) ?? [];
    const profile = speakerProfile(speaker);
    return listPages(paginate(quotes, 50, paths.speaker(speaker.id)), { id: speaker.id }, (page) => ({
      speaker: profile,
      ...chartOn(page, () => speakerTimeline(site, quotes)),
      page: withItems(page, speakerQuoteItems(site, speaker, page.items)),
      quoteCount: quotes.length,
      articles: articles.slice(0, 20).map(articleItem),
      articleCount: articles.length,
    }));
  });
}

/** `/topics/<id>/`: the topic, its articles 30 a page; on the first page its policies and latest quotes. */
export interface TopicPageModel {
  topic: Topic;
  /** Its quotes over time by speaker, on the first page only, when it has quotes. */
  chart?: TimelineChart;
  page: Page<ArticleListItem>;
  articleCount: number;
  /** The 30 latest quotes, on the first page only. */
  quotes: QuoteListItem[];
  quoteCount: number;
  /** The first 50 policy items, on the first page only. */
  policies: Labelled[];
  policyCount: number;
}

/** The pages of every topic. */
export function topicPages(site: SiteIndex): ListPage<TopicPageModel>[] {
  return site.topics.flatMap((topic) => {
    const articles = site.articlesByTopic.get(topic.id) ?? [];
    const quotes = site.quotesByTopic.get(topic.id) ?? [];
    const policies = site.policiesByTopic.get(topic.id) ?? [];
    return listPages(paginate(articles, 30, paths.topic(topic.id)), { id: topic.id }, (page) => ({
      topic,
      ...chartOn(page, () => topicTimeline(site, quotes)),
      page: withItems(page, page.items.map(articleItem)),
      articleCount: articles.length,
      quotes: page.number === 1 ? quoteItems(site, quotes.slice(0, 30)) : [],
      quoteCount: quotes.length,
      policies: page.number === 1 ? policies.slice(0, 50).map((p) => ({ id: p.id, title: p.title })) : [],
      policyCount: policies.length,
    }));
  });
}

/** `/archive/<year>/`: a year's articles, 30 a page. */
export interface YearPageModel {
  year: number;
  page: Page<ArticleListItem>;
  total: number;
}

/** The pages of every year. */
export function yearPages(site: SiteIndex): ListPage<YearPageModel>[] {
  return [...site.articlesByYear].flatMap(([year, articles]) =>
    listPages(paginate(articles, 30, paths.year(year)), { year: String(year) }, (page) => ({
      year,
      page: withItems(page, page.items.map(articleItem)),
      total: articles.length,
    })),
  );
}
