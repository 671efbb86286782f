import type { OrderedCollections } from "../archive/order.ts";
import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { Topic } from "../schemas/topic.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { PLACEHOLDER_SITE } from "../siteConfig/placeholderSite.ts";

/** An article's fields, without its body (Markdown or HTML): what lists, feeds and citations use. */
export type ArticleData = Omit<Article, "html" | "body">;

/** An article as the site keeps it: its rendered HTML, but not its Markdown. */
export type SiteArticle = Omit<Article, "body">;

/** Lookups every page needs, built once per build so no page scans the whole archive. */
export interface SiteIndex {
  /** The archive's identity (`site.yaml`), its origin as this build serves it (`ARCHIVE_SITE_URL` applied). */
  siteConfig: SiteConfig;
  articles: SiteArticle[];
  quotes: Quote[];
  policies: Policy[];
  speakers: Speaker[];
  topics: Topic[];
  article: Map<string, SiteArticle>;
  quote: Map<string, Quote>;
  speaker: Map<string, Speaker>;
  topic: Map<string, Topic>;
  policy: Map<string, Policy>;
  /** Quotes per article, headline first then in reading order. */
  quotesByArticle: Map<string, Quote[]>;
  /** Quotes per speaker id, newest article first. */
  quotesBySpeaker: Map<string, Quote[]>;
  /** The spans of each statement, in order. */
  quotesByStatement: Map<string, Quote[]>;
  /** The reports of each statement cluster (the same words in several articles), in archive order. */
  quotesByCluster: Map<string, Quote[]>;
  /** Articles per speaker id, newest first. */
  articlesBySpeaker: Map<string, SiteArticle[]>;
  /** Articles per topic id (its own topics, and those its quotes are filed under), newest first. */
  articlesByTopic: Map<string, SiteArticle[]>;
  /** Quotes per topic id (the topics each quote is filed under: see quoteTopics.ts), newest first. */
  quotesByTopic: Map<string, Quote[]>;
  /** Policy items per topic id. */
  policiesByTopic: Map<string, Policy[]>;
  /** Policy items per article id. */
  policiesByArticle: Map<string, Policy[]>;
  /** Articles per year, newest first; years newest first (undated articles are not in it). */
  articlesByYear: Map<number, SiteArticle[]>;
  /** Articles whose year is not known yet (`articles/undated/`). */
  undatedArticles: SiteArticle[];
  /**
   * Reads an article's body when the articles' own are left out (the build's page workers:
   * src/lib/site/articleBody.ts); absent, each article holds its own.
   */
  articleBody?: ((id: string) => Pick<SiteArticle, "html" | "plainText">) | undefined;
}

function group<T, K>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

/**
 * Builds the site's lookups from collections already in archive order (lists keep that order).
 * Without a `siteConfig` (collections assembled in memory) the site has {@link PLACEHOLDER_SITE}'s identity.
 */
export function buildSiteIndex(
  data: OrderedCollections<SiteArticle> & { siteConfig?: SiteConfig | undefined },
): SiteIndex {
  const article = new Map(data.articles.map((a) => [a.id, a]));
  const policy = new Map(data.policies.map((p) => [p.id, p]));
  const quotesByArticle = group(data.quotes, (q) => [q.article]);
  const quoteTopicsOf = (a: SiteArticle): string[] => (quotesByArticle.get(a.id) ?? []).flatMap((q) => q.topics);
  return {
    ...data,
    siteConfig: data.siteConfig ?? PLACEHOLDER_SITE,
    article,
    quote: new Map(data.quotes.map((q) => [q.id, q])),
    speaker: new Map(data.speakers.map((s) => [s.id, s])),
    topic: new Map(data.topics.map((t) => [t.id, t])),
    policy,
    quotesByArticle,
    quotesBySpeaker: group(data.quotes, (q) => (q.speaker ? [q.speaker] : [])),
    quotesByStatement: group(data.quotes, (q) => [q.statement]),
    quotesByCluster: group(data.quotes, (q) => (q.cluster === null ? [] : [q.cluster])),
    articlesBySpeaker: group(data.articles, (a) => a.speakers),
    articlesByTopic: group(data.articles, (a) => [...a.topics, ...quoteTopicsOf(a)]),
    quotesByTopic: group(data.quotes, (q) => q.topics),
    policiesByTopic: group(data.policies, (p) => p.topics),
    policiesByArticle: group(data.policies, (p) => [p.article]),
    articlesByYear: group(data.articles, (a) => (a.year === null ? [] : [a.year])),
    undatedArticles: data.articles.filter((a) => a.year === null),
  };
}

/** The first `count` items of a list that pass a test, stopping there (a page never scans a whole long list). */
export function firstWhere<T>(items: readonly T[], count: number, test: (item: T) => boolean): T[] {
  const found: T[] = [];
  for (const item of items) {
    if (found.length >= count) break;
    if (test(item)) found.push(item);
  }
  return found;
}

/** The site's lookups over a loaded archive; article Markdown is dropped (pages use the HTML). */
export function siteIndexOf(archive: OrderedCollections<Article> & { siteConfig: SiteConfig }): SiteIndex {
  return buildSiteIndex({ ...archive, articles: archive.articles.map(({ body: _body, ...article }) => article) });
}
